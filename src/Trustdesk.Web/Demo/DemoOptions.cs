namespace Trustdesk.Web.Demo;

/// <summary>Settings of section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    /// <summary>Loads the reference scenario at start-up (on in Development, by <c>appsettings.Development.json</c>).</summary>
    public bool LoadReferenceScenario { get; set; }

    /// <summary>
    /// Outside Development the scenario loads only when this is set too: its people's tokens and passwords are public,
    /// so loading it there has to be meant (benchmarks, an evaluation server), not a setting carried over (ADR 34).
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }

    /// <summary>Why the scenario may not load in <paramref name="environment"/>, in the operator's words, or null.</summary>
    public string? Problem(IHostEnvironment environment) =>
        LoadReferenceScenario && !AllowOutsideDevelopment && !environment.IsDevelopment()
            ? $"Demo:LoadReferenceScenario is set in environment '{environment.EnvironmentName}', and the reference scenario's " +
              "tokens and passwords are public: set Demo:AllowOutsideDevelopment=true as well to load it anyway, or remove Demo:LoadReferenceScenario."
            : null;
}
