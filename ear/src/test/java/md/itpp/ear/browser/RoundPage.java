package md.itpp.ear.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * consultation/round.xhtml: the round's facts, the negotiator's actions and table, the
 * consultee's comments and position forms. Rows are found by their comment text.
 */
public class RoundPage extends Page {

    /** The ids of the fields of the table's row open for its disposition start so. */
    private static final String OPEN_ROW = "dispositions:";

    public RoundPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static RoundPage open(WebDriver driver, String base, String id) {
        RoundPage page = new RoundPage(driver, base);
        page.open("consultation/round.xhtml?id=" + id);
        return page;
    }

    public String idInUrl() {
        String url = driver.getCurrentUrl();
        return url.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    public String state() {
        return byId("state").getText();
    }

    public String messages() {
        return all(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).collect(Collectors.joining(" "));
    }

    // ---- negotiators ---------------------------------------------------------------------

    public RoundPage openRound() {
        return post("actions:open");
    }

    public RoundPage closeRound() {
        return post("actions:close");
    }

    public RoundPage finalizeSynthesis() {
        return post("actions:finalize");
    }

    /**
     * The index of the table row showing this comment text (its cells are plain text; the row
     * open for its disposition has the form's fields, one row at a time).
     */
    public int tableRow(String commentText) {
        int row = indexOfText("#comment-table tr.comment-row .row-text", commentText);
        if (row < 0) {
            throw new AssertionError("no row with " + commentText + " in " + bodyText());
        }
        return row;
    }

    /** The index of the first element the selector matches whose text is this one, or -1. */
    private int indexOfText(String css, String text) {
        List<WebElement> texts = all(By.cssSelector(css));
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).getText().strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The table row showing this comment text. */
    private WebElement row(String commentText) {
        return all(By.cssSelector("#comment-table tr.comment-row")).get(tableRow(commentText));
    }

    public int tableRows() {
        return all(By.cssSelector("#comment-table tr.comment-row")).size();
    }

    /** Opens the comment's row for its disposition (its row's link), then chooses, writes and saves. */
    public RoundPage dispose(String commentText, String disposition, String justification) {
        RoundPage page = dispositionOpen(commentText) ? this : editDisposition(commentText);
        return page.disposeInOpenRow(commentText, disposition, justification);
    }

    /** Follows the row's "Edit the disposition" link: the page again with that row's form. */
    public RoundPage editDisposition(String commentText) {
        clickAndAwaitNewPage(row(commentText).findElement(By.cssSelector("a.dispose-link")));
        return new RoundPage(driver, base);
    }

    /** Whether the comment's row shows the disposition form (one row at a time does). */
    public boolean dispositionOpen(String commentText) {
        return !row(commentText).findElements(By.id(OPEN_ROW + "disposition")).isEmpty();
    }

    /** How many rows show the disposition form. */
    public int openDispositionForms() {
        return all(By.cssSelector("#comment-table select")).size();
    }

    /** How many rows offer the "Edit the disposition" link. */
    public int dispositionLinks() {
        return all(By.cssSelector("#dispositions a.dispose-link")).size();
    }

    private RoundPage disposeInOpenRow(String commentText, String disposition, String justification) {
        if (!dispositionOpen(commentText)) {
            throw new AssertionError("the row of " + commentText + " is not open for its disposition");
        }
        new Select(byId(OPEN_ROW + "disposition")).selectByVisibleText(disposition);
        WebElement area = byId(OPEN_ROW + "justification");
        area.clear();
        if (justification != null) {
            area.sendKeys(justification);
        }
        return post(OPEN_ROW + "dispose");
    }

    public RoundPage apply(String commentText) {
        clickAndAwaitNewPage(row(commentText).findElement(By.cssSelector("[id$=':apply']")));
        return new RoundPage(driver, base);
    }

    public String dispositionShown(String commentText) {
        return row(commentText).findElement(By.cssSelector(".row-disposition")).getText();
    }

    public String appliedShown(String commentText) {
        return row(commentText).findElement(By.cssSelector(".row-applied")).getText();
    }

    /** Fetches a download link with the browser's session, as the browser would save it. */
    public byte[] download(String linkId) throws Exception {
        String href = byId(linkId).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(href + " answered " + response.statusCode());
        }
        return response.body();
    }

    // ---- consultees ----------------------------------------------------------------------

    public RoundPage comment(String field, String type, String text, String wording) {
        new Select(byId("comment-form:field")).selectByVisibleText(field);
        new Select(byId("comment-form:type")).selectByVisibleText(type);
        typeInto("comment-form:text", text);
        if (wording != null) {
            typeInto("comment-form:wording", wording);
        }
        return post("comment-form:save-comment");
    }

    public List<String> ownComments() {
        return textsOf("#own-comments tr.own-comment .comment-text");
    }

    /** The index of the row of the institution's own comment with this text. */
    private int ownRow(String text) {
        int row = indexOfText("#own-comments tr.own-comment .comment-text", text);
        if (row < 0) {
            throw new AssertionError("no own comment " + text + " in " + bodyText());
        }
        return row;
    }

    private WebElement ownRowElement(String text) {
        return all(By.cssSelector("#own-comments tr.own-comment")).get(ownRow(text));
    }

    public String ownStatus(String text) {
        return ownRowElement(text).findElement(By.cssSelector(".comment-status")).getText();
    }

    /** The comment's own URL (round.xhtml?id=R&amp;comment=C), from its edit link. */
    public String editUrl(String text) {
        return ownRowElement(text).findElement(By.cssSelector("a.edit-comment")).getAttribute("href");
    }

    /** Opens the comment in the form by its link, replaces its text and saves. */
    public RoundPage edit(String text, String newText) {
        clickAndAwaitNewPage(ownRowElement(text).findElement(By.cssSelector("a.edit-comment")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                text.equals(d.findElement(By.id("comment-form:text")).getAttribute("value")));
        typeInto("comment-form:text", newText);
        return post("comment-form:save-comment");
    }

    public RoundPage drop(String text) {
        return post("own:comments:" + ownRow(text) + ":drop-comment");
    }

    public boolean canSubmit() {
        return !all(By.id("position-form:submit-position")).isEmpty();
    }

    public boolean canComment() {
        return !all(By.id("comment-form:save-comment")).isEmpty();
    }

    /** The letter's date as dd.MM.yyyy, typed into its date picker. */
    public RoundPage submitPosition(String position, String letterNumber, String letterDate) {
        new Select(byId("position-form:position")).selectByVisibleText(position);
        typeInto("position-form:letter-number", letterNumber);
        typeInto("position-form:letter-date_input", letterDate);
        closeCalendar("position-form:letter-date_input");
        return post("position-form:submit-position");
    }

    public String invitationsText() {
        return byId("invitations").getText();
    }

    // ---- helpers -------------------------------------------------------------------------

    private void typeInto(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        if (text.length() > 60) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, text);
        } else {
            input.sendKeys(text);
        }
    }

    /** A full-page post: wait for the old page to go and the next one to load. */
    private RoundPage post(String buttonId) {
        clickAndAwaitNewPage(byId(buttonId));
        return new RoundPage(driver, base);
    }

    static String cookieHeader(java.util.Set<Cookie> cookies) {
        return cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
