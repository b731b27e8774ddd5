using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IntercomRules
{
    private static readonly Remediation Remediation = new("https://app.intercom.com/a/apps/_/developer-hub", "Intercom:AccessToken", "INTERCOM_ACCESS_TOKEN");

    private static readonly string[] IntercomAccessTokenContext = { "intercom" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "intercom-access-token",
            "Intercom",
            "Intercom access token (60 base-64 characters next to the word Intercom)",
            Patterns.Token("[A-Za-z0-9+/_-]{59}=", Patterns.Base64),
            IntercomAccessTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),

        // Access tokens are base 64 of "tok:", a GUID written with underscores, and ":1:0": "dG9rO" and j or m (the
        // GUID's first hex digit) start every one, so the token needs no context (a fetch to a URL held elsewhere, a
        // LangChain RequestsWrapper's headers).
        new SecretRule(
            "intercom-identifiable-access-token",
            "Intercom",
            "Intercom access token (base 64 of tok:…)",
            Patterns.Token("dG9rO[jm][A-Za-z0-9+/]{53}=?", Patterns.Base64),
            new[] { "dG9rO" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
