using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LiveKitRules
{
    private static readonly Remediation Remediation = new("https://cloud.livekit.io/projects/p_/settings/keys", "LiveKit:ApiSecret", "LIVEKIT_API_SECRET");

    // A LiveKit API secret: 43 or 44 letters and digits, handed to AccessToken after its key ("API" and 12 letters and
    // digits) or under its name. It signs access to every room of the project.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "livekit-api-secret",
            "LiveKit",
            "LiveKit API secret (given with its API… key, or under LIVEKIT_API_SECRET)",
            Patterns.AfterArgument("API[A-Za-z0-9]{12}", "[A-Za-z0-9]{43,44}") + "|" + Patterns.AssignedTo("livekit_?api_?secret", "[A-Za-z0-9]{43,44}"),
            new[] { "livekit" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
