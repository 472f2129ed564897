package com.example.citi.au.customers.server.playground;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Playground as a person uses it: what they click and what they read, waiting as they would. */
final class PlaygroundPage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final By LIVE_STATUS = By.cssSelector(".live-responses-table tbody .response-col_status");
    private static final By LIVE_BODY = By.cssSelector(".live-responses-table tbody .response-col_description .highlight-code pre");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String url;

    PlaygroundPage(WebDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.url = "http://localhost:" + port + "/api/playground";
    }

    /** An answer as the page shows it. */
    record Answer(int status, String body) {
    }

    PlaygroundPage open() {
        driver.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        return this;
    }

    int operationCount() {
        return driver.findElements(By.cssSelector(".opblock-summary-path")).size();
    }

    PlaygroundPage signIn(String clientId, long customer) {
        new Select(driver.findElement(By.id("client"))).selectByValue(clientId);
        new Select(driver.findElement(By.id("customer"))).selectByValue(String.valueOf(customer));
        driver.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textMatches(By.id("session"), Pattern.compile("^Signed in as " + clientId)));
        return this;
    }

    String session() {
        return driver.findElement(By.id("session")).getText();
    }

    String credentialsShown() {
        return driver.findElement(By.cssSelector(".pg-credentials")).getText();
    }

    /** Runs an operation with Swagger UI's "Try it out" as it is filled in, and reads its answer. */
    Answer execute(String tag, String operationId) {
        WebElement operation = driver.findElement(By.id("operations-" + tag.replace(' ', '_') + "-" + operationId));
        scrollTo(operation);
        if (!operation.getDomAttribute("class").contains("is-open")) {
            operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        List<WebElement> earlier = operation.findElements(LIVE_STATUS);
        WebElement execute = wait.until(ExpectedConditions.elementToBeClickable(
                operation.findElement(By.cssSelector("button.execute"))));
        scrollTo(execute);
        execute.click();
        if (!earlier.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, LIVE_STATUS));
        WebElement body = operation.findElement(LIVE_BODY);
        scrollTo(body);
        return new Answer(Integer.parseInt(status.getText().trim()), body.getText());
    }

    /** Chooses what the step-up journey changes: "emails" or "phoneNumbers". */
    PlaygroundPage journeyChanges(String kind) {
        driver.findElement(By.cssSelector("input[name='journey-kind'][value='" + kind + "']")).click();
        return this;
    }

    /** Clicks the journey's button for one step and reads the answer it shows. */
    Answer journeyStep(String step) {
        WebElement item = driver.findElement(By.cssSelector("#journey li[data-step='" + step + "']"));
        List<WebElement> earlier = item.findElements(By.cssSelector(".pg-response"));
        WebElement button = item.findElement(By.cssSelector("button[data-action='" + step + "']"));
        scrollTo(button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        if (!earlier.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        WebElement response = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(item, By.cssSelector(".pg-response")));
        scrollTo(item);
        String heading = response.findElement(By.tagName("h4")).getText();
        return new Answer(Integer.parseInt(heading.replace("Response ", "").trim()),
                response.findElement(By.tagName("pre")).getText());
    }

    String journeyCurl(String step) {
        return driver.findElement(By.cssSelector("#journey li[data-step='" + step + "'] .pg-curl textarea")).getDomProperty("value");
    }

    String controlFlow() {
        return driver.findElement(By.id("control-flow")).getText();
    }

    String oneTimePassword() {
        return driver.findElement(By.id("otp")).getDomProperty("value");
    }

    PlaygroundPage typeOneTimePassword(String password) {
        WebElement field = driver.findElement(By.id("otp"));
        field.clear();
        field.sendKeys(password);
        return this;
    }

    String reset() {
        WebElement button = driver.findElement(By.id("reset-button"));
        scrollTo(button);
        button.click();
        return wait.until(driver -> {
            String text = driver.findElement(By.id("reset-result")).getText();
            return text.isEmpty() ? null : text;
        });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
