package md.itpp.domain.monitoring;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import md.itpp.domain.Texts;

/**
 * The value an indicator of the objective reached, by its position in the objective's list,
 * and its weight in the roll-up. The value is text because targets may be qualitative; when the
 * indicator's baseline and target are numbers, the value must be one too.
 */
@Embeddable
public class IndicatorProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int VALUE_MAX = 500;

    @Column(name = "indicator_index", nullable = false)
    private int indicatorIndex;

    @Column(name = "value_reached", length = VALUE_MAX)
    private String valueReached;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected IndicatorProgress() {
    }

    IndicatorProgress(int indicatorIndex) {
        this.indicatorIndex = indicatorIndex;
        this.weight = RollUp.DEFAULT_WEIGHT;
    }

    /** The value as it would be stored; throws when it is too long, or not a number where one is due. */
    String check(String value, boolean numeric) {
        String checked = Texts.optional("indicatorValue", value, VALUE_MAX);
        if (checked != null && numeric && RollUp.number(checked).isEmpty()) {
            throw new md.itpp.domain.ValidationException(RollUp.NOT_A_NUMBER, indicatorIndex + 1);
        }
        return checked;
    }

    /** Sets what {@link #check} accepted. */
    void report(String checkedValue) {
        this.valueReached = checkedValue;
    }

    void weigh(int newWeight) {
        this.weight = RollUp.checkWeight(newWeight);
    }

    public int getIndicatorIndex() {
        return indicatorIndex;
    }

    /** Empty while not reported. */
    public String getValueReached() {
        return valueReached == null ? "" : valueReached;
    }

    public int getWeight() {
        return weight;
    }
}
