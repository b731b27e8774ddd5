using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PaddleRules
{
    private static readonly Remediation Remediation = new("https://vendors.paddle.com/authentication-v2", "Paddle:ApiKey", "PADDLE_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A server-side API key; Paddle.js's client-side tokens (live_, test_) are meant for the browser and not matched.
        new SecretRule(
            "paddle-api-key",
            "Paddle",
            "Paddle Billing API key (pdl_live_apikey_, pdl_sdbx_apikey_)",
            Patterns.Token("pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}"),
            new[] { "pdl_live_apikey_", "pdl_sdbx_apikey_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
