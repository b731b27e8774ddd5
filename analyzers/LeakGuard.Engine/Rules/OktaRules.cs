using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OktaRules
{
    private static readonly Remediation Remediation = new("https://help.okta.com/en-us/content/topics/security/api.htm", "Okta:ApiToken", "OKTA_API_TOKEN");

    // Okta's API takes its tokens in its own scheme, "Authorization: SSWS 00…": code that calls the API by URL from a
    // variable names the scheme but often not Okta.
    private static readonly string[] OktaApiTokenContext = { "okta", "SSWS" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "okta-api-token",
            "Okta",
            "Okta API token (\"00\" and 40 characters next to the word Okta or the SSWS scheme)",
            Patterns.Token("00[A-Za-z0-9_-]{40}"),
            OktaApiTokenContext,
            Remediation,
            minEntropy: 4),
    };
}
