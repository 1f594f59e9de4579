package md.itpp.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;

/**
 * {@link StatelessViews} for the pages: the main template's {@code <f:view transient>} (a post on
 * a stateless view, sign-out or language, is answered by building the view anew, and Faces then
 * takes it as stateless only if the page itself says so), and the view parameters such a post
 * carries along.
 */
@Named("statelessViews")
@ApplicationScoped
public class StatelessViewList {

    public boolean contains(String viewId) {
        return StatelessViews.isStateless(viewId);
    }

    /**
     * The view parameters of {@code view} that have a value (a list's filters and page), for a
     * form of a stateless view to post again: with no saved state, the view built for the post
     * knows only what the post sends, and the language switch would show the list unfiltered.
     */
    public List<Map.Entry<String, String>> parameters(UIViewRoot view) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        FacesContext context = FacesContext.getCurrentInstance();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.add(Map.entry(parameter.getName(), value));
            }
        }
        return parameters;
    }
}
