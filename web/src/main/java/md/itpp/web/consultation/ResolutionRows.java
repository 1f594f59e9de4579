package md.itpp.web.consultation;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UICommand;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.FacesEvent;

import md.itpp.persistence.consultation.RoundView;
import md.itpp.web.consultation.RoundBean.Line;
import md.itpp.web.i18n.Messages;
import md.itpp.web.ui.Html;
import md.itpp.web.ui.SubmitButtonRenderer;

/**
 * {@code <itpp:resolutionRows value="#{roundPage.linesBefore}" var="row"
 * action="#{roundPage.apply(row.comment())}"/>}: rows of a round's comment-resolution table
 * that are not open for their disposition (consultation/round.xhtml), written straight from the
 * bean's {@link Line}s, with the "apply the proposed wording" button of each row that offers it.
 * <p>
 * The same rows written by {@code ui:repeat} cost about fifteen expressions a row, each naming
 * the loop's variable through every resolver of the page and calling its methods by
 * reflection: written here instead, a negotiator's page of fifty comments took 12-22 % less CPU.
 * <p>
 * The apply buttons are submit buttons of the enclosing form, all named after this component
 * and each carrying its comment's id: the one clicked is the row whose {@code action} runs, with
 * {@code var} naming that row while it runs, as in a repeat. A post naming a comment that is not
 * among the rows (or whose wording can no longer be applied) runs nothing.
 */
@FacesComponent(ResolutionRows.TYPE)
public class ResolutionRows extends UICommand {

    public static final String TYPE = "md.itpp.web.ResolutionRows";
    private static final String APPLY = ":apply";

    /** The row whose apply button was clicked in this request (not kept in the view's state). */
    private transient Line chosen;

    public ResolutionRows() {
        setRendererType(null);
    }

    public String getVar() {
        return (String) getStateHelper().get("var");
    }

    public void setVar(String var) {
        getStateHelper().put("var", var);
    }

    @SuppressWarnings("unchecked")
    private List<Line> lines() {
        Object value = getValue();
        return value == null ? List.of() : (List<Line>) value;
    }

    @Override
    public void decode(FacesContext context) {
        chosen = null;
        String commentId = context.getExternalContext().getRequestParameterMap().get(getClientId(context) + APPLY);
        if (commentId == null) {
            return;
        }
        for (Line line : lines()) {
            if (line.comment().applicable() && String.valueOf(line.comment().id()).equals(commentId)) {
                chosen = line;
                queueEvent(new ActionEvent(context, this));
                return;
            }
        }
    }

    @Override
    public void broadcast(FacesEvent event) throws AbortProcessingException {
        Map<String, Object> requestMap = getFacesContext().getExternalContext().getRequestMap();
        String var = getVar();
        Object previous = var == null ? null : requestMap.put(var, chosen);
        try {
            super.broadcast(event);
        } finally {
            if (var != null) {
                if (previous == null) {
                    requestMap.remove(var);
                } else {
                    requestMap.put(var, previous);
                }
            }
        }
    }

    @Override
    public void encodeBegin(FacesContext context) {
        // Everything is written in encodeEnd.
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        List<Line> lines = lines();
        if (lines.isEmpty()) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        String clientId = getClientId(context);
        String proposedWording = proposedWordingLabel();
        String editDisposition = Messages.text("action.consultation.editDisposition");
        String apply = Messages.text("action.consultation.apply");
        // The rows are made in a buffer and handed to the writer at once, as <itpp:rows> does
        // (RowsRenderer): only the form's nonce, before its first button, goes through the writer.
        StringBuilder html = new StringBuilder(lines.size() * 1024);
        for (Line line : lines) {
            RoundView.CommentItem c = line.comment();
            html.append("<tr class=\"comment-row\">");
            appendCells(html, line, proposedWording);

            html.append("<td>");
            span(html, "row-disposition", line.disposition());
            if (line.applied() != null && !line.applied().isEmpty()) {
                span(html, "row-applied hint", line.applied());
            }
            html.append("</td><td>");
            span(html, "row-justification", c.justification());
            if (line.disposeUrl() != null && !line.disposeUrl().isEmpty()) {
                html.append("<a class=\"ui-button ui-button-outlined link-button dispose-link\" href=\"");
                Html.attributeValue(html, line.disposeUrl());
                html.append("\" aria-label=\"");
                Html.attributeValue(html, line.disposeLabel());
                html.append("\">");
                Html.text(html, editDisposition);
                html.append("</a>");
            }
            if (c.applicable()) {
                writer.write(html.toString());
                html.setLength(0);
                SubmitButtonRenderer.writeNonce(context, writer, this);
                html.append("<button id=\"");
                Html.attributeValue(html, clientId + ":" + c.id() + APPLY);
                html.append("\" name=\"");
                Html.attributeValue(html, clientId + APPLY);
                html.append("\" value=\"").append(c.id()).append("\" type=\"submit\" class=\"")
                        .append(SubmitButtonRenderer.CLASSES).append("\"><span class=\"ui-button-text ui-c\">");
                Html.text(html, apply);
                html.append("</span></button>");
            }
            html.append("</td></tr>\n");
        }
        writer.write(html.toString());
    }

    /**
     * The first four cells of a row, open for its disposition or not: objective and field,
     * institution and letter, comment and proposed wording, type.
     */
    static void appendCells(StringBuilder html, Line line, String proposedWording) {
        RoundView.CommentItem c = line.comment();
        html.append("<td>");
        span(html, "row-objective", c.objectiveCode());
        Html.text(html, " · " + line.field());
        html.append("</td><td>");
        span(html, "row-institution", c.abbreviation());
        Html.text(html, " — " + line.letter());
        html.append("</td><td>");
        span(html, "row-text multiline", c.text());
        if (c.proposedWording() != null && !c.proposedWording().isEmpty()) {
            html.append("<div class=\"proposal\">");
            Html.text(html, proposedWording);
            span(html, "row-wording", c.proposedWording());
            html.append("</div>");
        }
        html.append("</td><td>");
        Html.text(html, line.type());
        html.append("</td>");
    }

    static String proposedWordingLabel() {
        return Messages.text("label.consultation.proposedWording") + ": ";
    }

    private static void span(StringBuilder html, String styleClass, String text) {
        html.append("<span class=\"").append(styleClass).append("\">");
        Html.text(html, text);
        html.append("</span>");
    }
}
