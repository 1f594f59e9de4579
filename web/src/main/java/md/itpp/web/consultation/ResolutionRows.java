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
        for (Line line : lines) {
            RoundView.CommentItem c = line.comment();
            writer.startElement("tr", null);
            writer.writeAttribute("class", "comment-row", null);

            writeCells(writer, line, proposedWording);

            writer.startElement("td", null);
            span(writer, "row-disposition", line.disposition());
            if (line.applied() != null && !line.applied().isEmpty()) {
                span(writer, "row-applied hint", line.applied());
            }
            writer.endElement("td");

            writer.startElement("td", null);
            span(writer, "row-justification", c.justification());
            if (line.disposeUrl() != null && !line.disposeUrl().isEmpty()) {
                writer.startElement("a", null);
                writer.writeAttribute("class", "ui-button ui-button-outlined link-button dispose-link", null);
                writer.writeAttribute("href", line.disposeUrl(), null);
                writer.writeAttribute("aria-label", line.disposeLabel(), null);
                writer.writeText(editDisposition, null);
                writer.endElement("a");
            }
            if (c.applicable()) {
                SubmitButtonRenderer.writeNonce(context, writer, this);
                writer.startElement("button", null);
                writer.writeAttribute("id", clientId + ":" + c.id() + APPLY, null);
                writer.writeAttribute("name", clientId + APPLY, null);
                writer.writeAttribute("value", String.valueOf(c.id()), null);
                writer.writeAttribute("type", "submit", null);
                writer.writeAttribute("class", SubmitButtonRenderer.CLASSES, null);
                writer.startElement("span", null);
                writer.writeAttribute("class", "ui-button-text ui-c", null);
                writer.writeText(apply, null);
                writer.endElement("span");
                writer.endElement("button");
            }
            writer.endElement("td");
            writer.endElement("tr");
            writer.write('\n');
        }
    }

    /**
     * The first four cells of a row, open for its disposition or not: objective and field,
     * institution and letter, comment and proposed wording, type.
     */
    static void writeCells(ResponseWriter writer, Line line, String proposedWording) throws IOException {
        RoundView.CommentItem c = line.comment();
        writer.startElement("td", null);
        span(writer, "row-objective", c.objectiveCode());
        writer.writeText(" · " + line.field(), null);
        writer.endElement("td");

        writer.startElement("td", null);
        span(writer, "row-institution", c.abbreviation());
        writer.writeText(" — " + line.letter(), null);
        writer.endElement("td");

        writer.startElement("td", null);
        span(writer, "row-text multiline", c.text());
        if (c.proposedWording() != null && !c.proposedWording().isEmpty()) {
            writer.startElement("div", null);
            writer.writeAttribute("class", "proposal", null);
            writer.writeText(proposedWording, null);
            span(writer, "row-wording", c.proposedWording());
            writer.endElement("div");
        }
        writer.endElement("td");

        writer.startElement("td", null);
        writer.writeText(line.type(), null);
        writer.endElement("td");
    }

    static String proposedWordingLabel() {
        return Messages.text("label.consultation.proposedWording") + ": ";
    }

    private static void span(ResponseWriter writer, String styleClass, String text) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        writer.writeText(text == null ? "" : text, null);
        writer.endElement("span");
    }
}
