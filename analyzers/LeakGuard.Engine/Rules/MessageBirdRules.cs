using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MessageBirdRules
{
    private static readonly Remediation Remediation = new("https://dashboard.messagebird.com/en/developers/access", "MessageBird:AccessKey", "MESSAGEBIRD_ACCESS_KEY");

    private static readonly string[] Context = { "messagebird", "message-bird", "message_bird" };

    // A live access key sends SMS and calls billed to the account: 25 letters and digits, so MessageBird must be
    // nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "messagebird-api-token",
            "MessageBird (Bird)",
            "MessageBird access key (25 letters and digits next to MessageBird)",
            Patterns.Token("[A-Za-z0-9]{25}", Patterns.UrlSafe),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
