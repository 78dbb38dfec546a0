using System.Reflection;
using Microsoft.Extensions.Options;
using Trustdesk.Data;

namespace Trustdesk.Web.Startup;

/// <summary>
/// Reads every settings class bound from configuration once, at start: a value that does not convert, or that its
/// class refuses (<see cref="SettingsRefusals"/>), stops the start with one line, where it would otherwise fail the first
/// request that reads it. Found from the registrations, so a settings class added later cannot be forgotten.
/// </summary>
internal static class EverySetting
{
    public static void Read(IServiceCollection registrations, IServiceProvider services)
    {
        var bound = registrations
            .Select(registration => registration.ImplementationInstance?.GetType())
            .OfType<Type>()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NamedConfigureFromConfigurationOptions<>))
            .Select(type => type.GetGenericArguments()[0])
            .Distinct();
        var read = typeof(EverySetting).GetMethod(nameof(ReadOne), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in bound)
            read.MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, [services], null);
    }

    private static void ReadOne<T>(IServiceProvider services) where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
        }
        // The configuration binder's own message names the setting, its value and the type it should have.
        catch (InvalidOperationException e) when (e is not StartRefusedException)
        {
            throw new StartRefusedException($"{e.Message.TrimEnd('.')}: correct that setting or remove it.", e);
        }
    }
}
