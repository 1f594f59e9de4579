package md.itpp.ear.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The objective editor: fields by name, milestone and indicator rows by position, save. */
public class EditorPage extends Page {

    /** The code typed by {@link #essentials}, which {@link #saveNew()} expects to see saved. */
    private String code;

    public EditorPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static EditorPage openNew(WebDriver driver, String base) {
        EditorPage page = new EditorPage(driver, base);
        page.open("objectives/edit.xhtml");
        return page;
    }

    public static EditorPage openExisting(WebDriver driver, String base, String id) {
        EditorPage page = new EditorPage(driver, base);
        page.open("objectives/edit.xhtml?id=" + id);
        return page;
    }

    /** Replaces the text of a field of the form: code, titleEn, textRo, resources... */
    public EditorPage type(String field, String text) {
        return typeInto("edit:" + field, text);
    }

    public String value(String field) {
        return byId("edit:" + field).getAttribute("value");
    }

    /** Sets the value through the DOM: long or hostile texts would take sendKeys too long. */
    private EditorPage typeInto(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        if (text.length() > 60) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, text);
        } else {
            input.sendKeys(text);
        }
        return this;
    }

    /** Chooses an option; waits for the ajax a choice may send (the lead updates the contributors). */
    public EditorPage choose(String field, String visibleText) {
        new Select(byId("edit:" + field)).selectByVisibleText(visibleText);
        awaitAjax();
        return this;
    }

    /** Whether the contributor's box, by its label (e.g. "Ministry of Defence (MA)"), can be ticked. */
    public boolean contributorEnabled(String label) {
        return contributorBox(label).isEnabled();
    }

    public boolean contributorTicked(String label) {
        return contributorBox(label).isSelected();
    }

    public EditorPage tickContributor(String label) {
        contributorBox(label).click();
        return this;
    }

    private WebElement contributorBox(String label) {
        return driver.findElement(By.xpath("//*[@id='edit:contributors']//label[normalize-space(.)='" + label
                + "']/preceding-sibling::input[@type='checkbox'] | //*[@id='edit:contributors']//label[normalize-space(.)='"
                + label + "']/../input[@type='checkbox']"));
    }

    public EditorPage contributor(int index) {
        byId("edit:contributors:" + index).click();
        return this;
    }

    public EditorPage addMilestone(String year, String en, String ro) {
        int row = all(By.cssSelector("[id^='edit:milestones:'][id$=':year']")).size();
        byId("edit:add-milestone").click();
        awaitAjax();
        typeInto("edit:milestones:" + row + ":year", year);
        typeInto("edit:milestones:" + row + ":descriptionEn", en);
        typeInto("edit:milestones:" + row + ":descriptionRo", ro);
        return this;
    }

    public EditorPage addIndicator(String nameEn, String nameRo, String baseline, String target, String unit,
                                   String means) {
        return addIndicator(nameEn, nameRo, baseline, target, unit, unit, means, means);
    }

    public EditorPage addIndicator(String nameEn, String nameRo, String baseline, String target, String unitEn,
                                   String unitRo, String meansEn, String meansRo) {
        int row = all(By.cssSelector("[id^='edit:indicators:'][id$=':nameEn']")).size();
        byId("edit:add-indicator").click();
        awaitAjax();
        String prefix = "edit:indicators:" + row + ":";
        typeInto(prefix + "nameEn", nameEn);
        typeInto(prefix + "nameRo", nameRo);
        typeInto(prefix + "baseline", baseline);
        typeInto(prefix + "target", target);
        typeInto(prefix + "unitEn", unitEn);
        typeInto(prefix + "unitRo", unitRo);
        typeInto(prefix + "meansOfVerificationEn", meansEn);
        typeInto(prefix + "meansOfVerificationRo", meansRo);
        return this;
    }

    /**
     * Fills what every new objective needs: code, area, title and text in both languages and
     * the lead institution (options by their visible text).
     */
    public EditorPage essentials(String newCode, String area, String lead, String titleEn, String titleRo,
                                 String textEn, String textRo) {
        this.code = newCode;
        return type("code", newCode).choose("area", area)
                .type("titleEn", titleEn).type("titleRo", titleRo)
                .type("textEn", textEn).type("textRo", textRo)
                .choose("lead", lead);
    }

    /** Saves a new objective, checks that its page shows it, and returns its id. */
    public String saveNew() {
        save();
        ObjectivePage detail = new ObjectivePage(driver, base);
        if (code != null && !code.equals(detail.code())) {
            throw new AssertionError("saved and shown: " + code + ", but the page shows " + detail.bodyText());
        }
        return detail.idInUrl();
    }

    /** Saves and waits for either the objective's page or the form with its messages. */
    public void save() {
        clickAndAwaitAjaxOrNewPage(byId("edit:save"));
    }

    public boolean showsConflict() {
        return !all(By.id("conflict")).isEmpty();
    }

    public String conflictText() {
        return byId("conflict").getText();
    }

    // ---- personal drafts ---------------------------------------------------------------------

    /**
     * Waits for the autosave of what was typed (3 s after typing stops): nothing left waiting in
     * the page's script, no request in flight, and the status saying it is kept. Selenium's
     * clear() leaves the field, which keeps the empty field at once: the status alone would
     * say "kept" before the text typed next is.
     */
    public EditorPage awaitDraftKept() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "var s = document.getElementById('personal-draft-status');"
                                + " return !window.itppPersonalDraftWaiting() && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && jQuery.active === 0 && !!s && s.innerText.indexOf('kept as a draft') >= 0;")));
        return this;
    }

    /** Whether the editor offers a personal draft back (the element the failover test looks for too). */
    public boolean offersDraft() {
        return !all(By.cssSelector(".personal-draft-offer")).isEmpty();
    }

    public String draftOfferText() {
        return driver.findElement(By.cssSelector(".personal-draft-offer")).getText();
    }

    public EditorPage restoreDraft() {
        driver.findElement(By.cssSelector(".personal-draft-restore")).click();
        awaitAjax();
        return this;
    }

    public EditorPage discardDraft() {
        driver.findElement(By.cssSelector(".personal-draft-discard")).click();
        awaitAjax();
        return this;
    }
}
