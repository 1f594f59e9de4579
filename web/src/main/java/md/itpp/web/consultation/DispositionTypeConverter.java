package md.itpp.web.consultation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import md.itpp.domain.consultation.DispositionType;

/**
 * The disposition selects write into a map per comment, whose value type Faces cannot see:
 * without this converter the map would receive the constant's name as a string.
 */
@FacesConverter("dispositionType")
public class DispositionTypeConverter implements Converter<DispositionType> {

    @Override
    public DispositionType getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DispositionType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, DispositionType value) {
        return value == null ? "" : value.name();
    }
}
