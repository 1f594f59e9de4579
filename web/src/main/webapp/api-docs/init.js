// The API page: Swagger UI over the server's OpenAPI document, with a field for the API token.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        persistAuthorization: false
    });
});
