using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MercadoPagoRules
{
    private static readonly Remediation Remediation = new("https://www.mercadopago.com/developers/panel/app", "MercadoPago:AccessToken", "MERCADOPAGO_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The access token takes payments and refunds them; the public key beside it (the prefix and a UUID) is meant
        // for the browser and is not matched. "TEST-", a sandbox token's prefix, is too common a word for the prefilter:
        // sandbox tokens are found where Mercado Pago is named.
        new SecretRule(
            "mercadopago-access-token",
            "Mercado Pago",
            "Mercado Pago access token (APP_USR-, TEST-)",
            Patterns.Token("(?:APP_USR|TEST)-[0-9]{13,19}-[0-9]{6}-[a-f0-9]{32}(?:__[A-Z]{2}_[A-Z]{2}__)?-[0-9]{6,12}"),
            new[] { "APP_USR-", "mercado", "MP_ACCESS_TOKEN" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
