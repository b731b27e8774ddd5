using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class InngestRules
{
    private static readonly Remediation Remediation = new("https://app.inngest.com/env/production/manage/signing-key", "Inngest:SigningKey", "INNGEST_SIGNING_KEY");

    private static readonly Remediation EventKeyRemediation = new("https://app.inngest.com/env/production/manage/keys", "Inngest:EventKey", "INNGEST_EVENT_KEY");

    private static readonly string[] Context = { "inngest" };

    // The key that signs Inngest's calls to an app's functions, and the app's calls to Inngest's API: whoever has it
    // can run the functions and read their runs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "inngest-signing-key",
            "Inngest",
            "Inngest signing key",
            Patterns.Token("signkey-(?:prod|test|branch)-[0-9a-f]{64}"),
            new[] { "signkey-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // An event key (86 characters, base 64 URL of 64 bytes) sends events that start the app's functions.
        ContextGatedRule.Create(
            "inngest-event-key",
            "Inngest",
            "Inngest event key (86 characters under an event key's name, next to Inngest)",
            Patterns.AssignedTo("event[_-]?key", "[A-Za-z0-9_-]{86}"),
            Context,
            EventKeyRemediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
