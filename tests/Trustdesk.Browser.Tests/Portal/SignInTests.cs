using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

[Collection(OneAtATime.Name)]
public sealed class SignInTests
{
    [Fact]
    public async Task A_wrong_password_shows_an_error_and_starts_no_session()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;

        await page.SignInAsync(Demo.NlEmployee, password: "not-" + Demo.NlEmployee.Password);

        Assert.Equal("The e-mail address or password is not right.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal("", await page.GetByLabel("Password").InputValueAsync());
        Assert.DoesNotContain(await chromium.Context.CookiesAsync(), c => c.Name == "trustdesk.session");
        await page.VisitAsync("/portal");
        Assert.EndsWith("/sign-in?ReturnUrl=%2Fportal", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;

        await page.SignInAsync(Demo.NlEmployee, password: "wrong");
        var wrongPassword = await page.MainTextAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("nobody@widget.example");
        await page.GetByLabel("Password").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal(wrongPassword, await page.MainTextAsync());
    }

    [Fact]
    public async Task The_sign_in_form_can_be_filled_and_submitted_with_the_keyboard_alone()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.VisitAsync("/sign-in");

        // The e-mail field has the focus on arrival; Tab leads to the password, Enter submits.
        await page.Keyboard.TypeAsync(Demo.NlEmployee.Email);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", await page.EvaluateAsync<string>("document.activeElement.labels[0].textContent"));
        await page.Keyboard.TypeAsync(Demo.NlEmployee.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivesAtAsync("**/portal");

        Assert.Equal("Anna de Vries", await page.GetByTestId("person").InnerTextAsync());
    }

    [Fact]
    public async Task Empty_fields_are_refused_with_a_message_next_to_each()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.VisitAsync("/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("Enter your e-mail address.", await page.Locator("#email-error").InnerTextAsync());
        Assert.Equal("Enter your password.", await page.Locator("#password-error").InnerTextAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ArrivesAtAsync("**/sign-in");

        await page.VisitAsync("/portal/requests");
        Assert.Contains("/sign-in?ReturnUrl=", page.Url, StringComparison.Ordinal);
    }
}
