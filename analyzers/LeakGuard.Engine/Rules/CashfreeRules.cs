using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CashfreeRules
{
    private static readonly Remediation Remediation = new("https://merchant.cashfree.com/merchants/pg/developers/api-keys", "Cashfree:SecretKey", "CASHFREE_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The secret key of a Cashfree Payments merchant; the app id it pairs with is an identifier.
        new SecretRule(
            "cashfree-secret-key",
            "Cashfree",
            "Cashfree Payments secret key (cfsk_ma_)",
            Patterns.Token("cfsk_ma_(?:prod|test)_[a-f0-9]{32}_[a-f0-9]{8}"),
            new[] { "cfsk_ma_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
