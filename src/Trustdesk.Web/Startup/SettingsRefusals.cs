using Microsoft.Extensions.Options;

namespace Trustdesk.Web.Startup;

/// <summary>
/// A settings class says what is wrong with its values in the operator's words (which setting, what to set), and the
/// start is refused with that line (<see cref="StartupGuard"/> reads every settings class before anything else).
/// </summary>
public static class SettingsRefusals
{
    /// <summary>Refuses the settings when <paramref name="problem"/> names one.</summary>
    public static OptionsBuilder<T> RefuseWhen<T>(this OptionsBuilder<T> options, Func<T, string?> problem) where T : class
    {
        options.Services.AddSingleton<IValidateOptions<T>>(new Refusal<T>(options.Name, problem));
        return options;
    }

    /// <summary>Refuses the settings when <paramref name="problem"/>, which needs a service (the environment, say), names one.</summary>
    public static OptionsBuilder<T> RefuseWhen<T, TService>(this OptionsBuilder<T> options, Func<T, TService, string?> problem)
        where T : class where TService : notnull
    {
        options.Services.AddSingleton<IValidateOptions<T>>(services =>
            new Refusal<T>(options.Name, settings => problem(settings, services.GetRequiredService<TService>())));
        return options;
    }

    /// <summary>The first of <paramref name="counts"/> below <paramref name="least"/>, in the operator's words; null when all are fine.</summary>
    public static string? BelowLeast(string section, int least, params (string Name, int Value)[] counts) =>
        counts.FirstOrDefault(c => c.Value < least) is { Name: { } name } count
            ? $"{section}:{name} is {count.Value}: set a whole number of at least {least} ({section}__{name}=…)."
            : null;

    private sealed class Refusal<T>(string? name, Func<T, string?> problem) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options) =>
            name is not null && name != optionsName ? ValidateOptionsResult.Skip
            : problem(options) is { } text ? ValidateOptionsResult.Fail(text)
            : ValidateOptionsResult.Success;
    }
}
