using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TwilioRules
{
    private static readonly Remediation ApiKeyRemediation = new("https://console.twilio.com/us1/account/keys-credentials/api-keys", "Twilio:ApiKeySecret", "TWILIO_API_KEY");

    private static readonly Remediation AuthTokenRemediation = new("https://console.twilio.com/us1/account/keys-credentials/api-keys", "Twilio:AuthToken", "TWILIO_AUTH_TOKEN");

    // Twilio's name, or the names its SDKs give the SIDs that go with an auth token (the account's, a Verify or Messaging
    // service's), which code often holds without it.
    private static readonly string[] AuthTokenContext = { "twilio", "account_sid", "accountsid", "verify_sid", "verifysid", "verify_service_sid", "verifyservicesid", "messaging_service_sid", "messagingservicesid" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The account SID (AC + 32 hex) followed shortly by 32 hex digits is the SID and its auth token: more certain than
        // the token next to the word Twilio, and the same span, so it replaces that finding.
        new SecretRule(
            "twilio-account-pair",
            "Twilio",
            "Twilio account SID and auth token together",
            "(?:^|[^A-Za-z0-9])AC[0-9a-f]{32}" + Pairs.Between(Patterns.Base62) + "(?<secret>[0-9a-f]{32})(?:$|[^A-Za-z0-9])",
            new[] { "twilio", "sid" },
            AuthTokenRemediation)
        {
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
        // An API key is its SID (SK + 32 hex) and a secret of 32 letters and digits, which follows the SID a line or a
        // property later; the secret is what signs in. Reported once, over both, so that it outranks the SID alone, as
        // the AWS pair does.
        new SecretRule(
            "twilio-api-key-pair",
            "Twilio",
            "Twilio API key SID and its secret together (reported once, over both)",
            "(?:^|[^A-Za-z0-9])(?<secret>SK[0-9a-f]{32}" + Pairs.Between(Patterns.Base62) + "[A-Za-z0-9]{32})(?:$|[^A-Za-z0-9])",
            new[] { "SK" },
            ApiKeyRemediation)
        {
            MinEntropy = 3.5,
            IsPlausible = pair => Plausibility.MixesCasesAndDigits(pair.Substring(pair.Length - 32)),
        },
        new SecretRule(
            "twilio-api-key",
            "Twilio",
            "Twilio API key SID",
            Patterns.Token("SK[0-9a-f]{32}", Patterns.Base62),
            new[] { "SK" },
            ApiKeyRemediation)
        {
            MinEntropy = 3,
        },

        // The auth token is 32 hex digits like many ids; the account SID next to it (AC + 32 hex) is not secret, the
        // word Twilio nearby is what makes the value an auth token.
        ContextGatedRule.Create(
            "twilio-auth-token",
            "Twilio",
            "Twilio auth token (32 hex digits next to the word Twilio or the name of an account or service SID)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            AuthTokenContext,
            AuthTokenRemediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
