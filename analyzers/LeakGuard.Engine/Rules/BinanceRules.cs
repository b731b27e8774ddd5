using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BinanceRules
{
    private static readonly Remediation Remediation = new("https://www.binance.com/en/my/settings/api-management", "Binance:ApiSecret", "BINANCE_API_SECRET");

    private static readonly string[] Context = { "binance" };

    // The API key and its secret key are each 64 letters and digits; the secret signs orders and withdrawals. It is
    // told from the key by its name (api_secret, 'secret': in ccxt's options) or by its place after the key in a
    // client's constructor (python-binance's Client, Binance.Net's ApiCredentials).
    private static readonly string AfterTheKey = Patterns.AfterArgument("[A-Za-z0-9]{64}", "[A-Za-z0-9]{64}");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "binance-api-secret",
            "Binance",
            "Binance API secret key (64 letters and digits under a secret's name or after the API key, next to Binance)",
            $"{Patterns.AssignedTo("secret", "[A-Za-z0-9]{64}", Patterns.Base62)}|{AfterTheKey}",
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
