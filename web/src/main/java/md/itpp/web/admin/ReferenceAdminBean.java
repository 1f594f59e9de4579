package md.itpp.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.reference.CooperationArea;
import md.itpp.domain.reference.Institution;
import md.itpp.persistence.reference.ReferenceAdminService;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.RequestMemo;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Messages;

/**
 * Backs admin/reference.xhtml: institutions and cooperation areas, each listed with an edit
 * button that loads it into the form below; the same form creates a new one. View-scoped for
 * the row being edited and its version; the lists are read once per request ({@link RequestMemo}),
 * never kept in the view.
 */
@Named("referenceAdmin")
@ViewScoped
public class ReferenceAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String INSTITUTIONS = "reference:institutions";
    private static final String AREAS = "reference:areas";

    @Inject
    @Shared
    private ReferenceService reference;

    @Inject
    @Shared
    private ReferenceAdminService service;

    @Inject
    private RequestMemo memo;

    private Long institutionId;
    private long institutionVersion;
    private String institutionCode;
    private String abbreviation;
    private String institutionNameEn;
    private String institutionNameRo;

    private Long areaId;
    private long areaVersion;
    private String areaCode;
    private String areaNameEn;
    private String areaNameRo;
    private Integer sortOrder;

    public void editInstitution(Institution institution) {
        institutionId = institution.getId();
        institutionVersion = institution.getVersion();
        institutionCode = institution.getCode();
        abbreviation = institution.getAbbreviation();
        institutionNameEn = institution.getNameEn();
        institutionNameRo = institution.getNameRo();
    }

    public void newInstitution() {
        institutionId = null;
        institutionCode = null;
        abbreviation = null;
        institutionNameEn = null;
        institutionNameRo = null;
    }

    public void saveInstitution() {
        try {
            if (institutionId == null) {
                service.createInstitution(institutionCode, abbreviation, institutionNameEn, institutionNameRo);
            } else {
                service.updateInstitution(institutionId, institutionVersion, abbreviation, institutionNameEn,
                        institutionNameRo);
            }
            Messages.globalInfo("page.admin.reference.saved", institutionCode);
            newInstitution();
            memo.forget(INSTITUTIONS);
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
    }

    public void editArea(CooperationArea area) {
        areaId = area.getId();
        areaVersion = area.getVersion();
        areaCode = area.getCode();
        areaNameEn = area.getNameEn();
        areaNameRo = area.getNameRo();
        sortOrder = area.getSortOrder();
    }

    public void newArea() {
        areaId = null;
        areaCode = null;
        areaNameEn = null;
        areaNameRo = null;
        sortOrder = null;
    }

    public void saveArea() {
        try {
            int order = sortOrder == null ? getAreas().size() + 1 : sortOrder;
            if (areaId == null) {
                service.createArea(areaCode, areaNameEn, areaNameRo, order);
            } else {
                service.updateArea(areaId, areaVersion, areaNameEn, areaNameRo, order);
            }
            Messages.globalInfo("page.admin.reference.saved", areaCode);
            newArea();
            memo.forget(AREAS);
        } catch (BusinessException e) {
            Messages.globalError(e);
        }
    }

    public boolean isEditingInstitution() {
        return institutionId != null;
    }

    public boolean isEditingArea() {
        return areaId != null;
    }

    public List<Institution> getInstitutions() {
        return memo.get(INSTITUTIONS, reference::institutions);
    }

    public List<CooperationArea> getAreas() {
        return memo.get(AREAS, reference::areas);
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public void setInstitutionCode(String institutionCode) {
        this.institutionCode = institutionCode;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String getInstitutionNameEn() {
        return institutionNameEn;
    }

    public void setInstitutionNameEn(String institutionNameEn) {
        this.institutionNameEn = institutionNameEn;
    }

    public String getInstitutionNameRo() {
        return institutionNameRo;
    }

    public void setInstitutionNameRo(String institutionNameRo) {
        this.institutionNameRo = institutionNameRo;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getAreaNameEn() {
        return areaNameEn;
    }

    public void setAreaNameEn(String areaNameEn) {
        this.areaNameEn = areaNameEn;
    }

    public String getAreaNameRo() {
        return areaNameRo;
    }

    public void setAreaNameRo(String areaNameRo) {
        this.areaNameRo = areaNameRo;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
