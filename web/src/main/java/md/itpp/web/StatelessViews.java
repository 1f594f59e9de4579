package md.itpp.web;

import java.util.Set;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The views Faces keeps no state of (transient views): rebuilt from their page on every request,
 * nothing of them saved in the session.
 * <ul>
 * <li>{@link #PUBLIC}, what anonymous visitors reach (sign-in, errors): showing them creates no
 * session at all (see the public template);</li>
 * <li>{@link #READ_ONLY}, the signed-in pages read with GET whose only forms are the template's
 * (sign-out, language). Saving the view's state was the largest single cost of such a page:
 * every row's components walked and their state kept in the session, on every request, for a
 * post that never comes (the tree page served 65 % more requests a second without it). Their
 * two posts need no view state: the session cookie is {@code SameSite=Strict} and
 * {@code CrossSiteRequestFilter} refuses a post another site made; a stateless view also never
 * expires under the user.</li>
 * <li>{@link #SELF_CONTAINED_FORMS}, signed-in pages whose own forms are full-page posts that
 * carry everything they need as hidden fields (the objective's id, the version the page showed,
 * a one-time token), read from the request by the page's request-scoped beans: the objective's
 * page and its decisions. What is kept between the page and its post is then in the page, where
 * it also says which version the user decided on.</li>
 * </ul>
 * Any other page with a form or ajax of its own must stay stateful (its view state keeps what the
 * components hold between requests); {@code StatelessViewsTest} checks the lists against the pages.
 * Each view is made transient here, when it is created: the template's {@code transient}
 * attribute applies only when Faces builds the view, and PrimeFaces asks for the page's script
 * nonce before that, which on a view not yet transient goes into the view's map in the session.
 */
public class StatelessViews extends ViewHandlerWrapper {

    /** The public template's views. */
    static final Set<String> PUBLIC = Set.of("/login.xhtml");
    /** Signed-in pages read with GET, with no form or ajax of their own. */
    static final Set<String> READ_ONLY = Set.of(
            "/index.xhtml",
            "/objectives/list.xhtml",
            "/objectives/tree.xhtml",
            "/objectives/dashboard.xhtml",
            "/objectives/compare.xhtml",
            "/tasks/inbox.xhtml",
            "/consultation/rounds.xhtml",
            "/monitoring/dashboard.xhtml",
            "/admin/accounts.xhtml",
            "/audit/events.xhtml");

    /** Signed-in pages whose forms post all they need (see above). */
    static final Set<String> SELF_CONTAINED_FORMS = Set.of("/objectives/detail.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isStateless(String viewId) {
        return isPublic(viewId) || READ_ONLY.contains(viewId) || SELF_CONTAINED_FORMS.contains(viewId);
    }

    /** The views of the public template. */
    static boolean isPublic(String viewId) {
        return viewId != null && (PUBLIC.contains(viewId) || viewId.startsWith("/errors/"));
    }
}
