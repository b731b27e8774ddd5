using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OnfidoRules
{
    private static readonly Remediation Remediation = new("https://dashboard.onfido.com/api/tokens", "Onfido:ApiToken", "ONFIDO_API_TOKEN");

    // A live API token ("api_live", a region, and two dot-separated parts): it reads applicants' identity documents
    // and checks. Sandbox tokens ("api_sandbox") see test data only and are left out.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "onfido-api-token",
            "Onfido",
            "Onfido live API token",
            Patterns.Token("api_live(?:_[a-z]{2})?\\.[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}", Patterns.UrlSafeOrDot),
            new[] { "api_live" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
