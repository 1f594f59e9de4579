/** Authentication mechanism, identity store and the signed-in caller as pages see it. */
package md.itpp.web.security;
