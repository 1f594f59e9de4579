package md.itpp.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The pages anonymous visitors reach (sign-in, errors) are stateless views: nothing of them is
 * kept in an HTTP session, so showing them creates none (see the public template). Their
 * template says {@code transient="true"}, but Faces applies that only when it builds the view,
 * and PrimeFaces asks for the page's script nonce before that: on a view not yet transient it
 * keeps the nonce in the view's map, which lives in the session. So the view is made transient
 * here, when it is created, before anything asks.
 */
public class PublicViews extends ViewHandlerWrapper {

    public PublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    /** The views of the public template. */
    static boolean isPublic(String viewId) {
        return viewId != null && ("/login.xhtml".equals(viewId) || viewId.startsWith("/errors/"));
    }
}
