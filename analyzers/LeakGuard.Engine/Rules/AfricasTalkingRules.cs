using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AfricasTalkingRules
{
    private static readonly Remediation Remediation = new("https://account.africastalking.com/apps", "AfricasTalking:ApiKey", "AT_API_KEY");

    // An Africa's Talking API key of the current format: "atsk_" and 72 hex digits. It sends SMS and airtime on the
    // account's balance.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "africastalking-api-key",
            "Africa's Talking",
            "Africa's Talking API key (atsk_)",
            Patterns.Token("atsk_[0-9a-f]{72}"),
            new[] { "atsk_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
