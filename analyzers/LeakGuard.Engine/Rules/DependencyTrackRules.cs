using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DependencyTrackRules
{
    private static readonly Remediation Remediation = new("https://docs.dependencytrack.org/integrations/rest-api/", "DependencyTrack:ApiKey", "DEPENDENCY_TRACK_API_KEY");

    // An API key of a Dependency-Track server: "odt_" and 32 or more letters and digits (since 4.13, "odt_", 8
    // characters, '_' and 32). It uploads SBOMs and reads the portfolio's vulnerabilities.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "dependency-track-api-key",
            "OWASP Dependency-Track",
            "Dependency-Track API key",
            Patterns.Token("odt_(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32,255}"),
            new[] { "odt_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && !Plausibility.IsMostlyWords(value.Substring("odt_".Length)),
        },
    };
}
