package md.itpp.web.objectives;

import java.io.IOException;
import java.util.List;

import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;

import md.itpp.web.objectives.ObjectiveTreeBean.Section;
import md.itpp.web.ui.RowsRenderer;
import md.itpp.web.ui.TableRow;

/**
 * {@code <itpp:treeGroups value="#{objectiveTree.groups}"/>}: the programme tree's groups
 * (objectives/tree.xhtml), a {@code tbody} each, the objective's row and its goals' rows, written
 * straight from the bean's {@link Section}s as {@code <itpp:rows>} writes rows ({@link RowsRenderer}),
 * instead of by two nested {@code ui:repeat}s.
 */
@FacesRenderer(componentFamily = UIOutput.COMPONENT_FAMILY, rendererType = TreeGroupsRenderer.TYPE)
public class TreeGroupsRenderer extends Renderer<UIOutput> {

    public static final String TYPE = "md.itpp.web.TreeGroups";

    @Override
    public void encodeEnd(FacesContext context, UIOutput component) throws IOException {
        @SuppressWarnings("unchecked")
        List<Section> sections = (List<Section>) component.getValue();
        StringBuilder html = new StringBuilder(sections.size() * 1024);
        for (Section section : sections) {
            html.append("<tbody class=\"objective-group\">");
            for (TableRow row : section.rows()) {
                RowsRenderer.appendRow(html, row);
            }
            html.append("</tbody>\n");
        }
        context.getResponseWriter().write(html.toString());
    }
}
