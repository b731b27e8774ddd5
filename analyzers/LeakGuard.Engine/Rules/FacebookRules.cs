using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FacebookRules
{
    private static readonly Remediation Remediation = new("https://developers.facebook.com/tools/debug/accesstoken/", "Facebook:AccessToken", "FACEBOOK_ACCESS_TOKEN");

    private static readonly string[] Context = { "facebook", "fb_" };

    private static readonly string[] ClientToken = { "client_token", "clienttoken", "client-token" };

    private static readonly string[] AppTokenContext = { "facebook", "fb_", "graph", "access_token", "accesstoken" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Graph API tokens: "EAA", then 100 or more letters and digits. The fourth character comes from the app's id
        // (M and C are common, but real tokens start EAAB, EAAF, EAAG, EAAI, EAAJ, EAAQ, EAAS, EAAa, ...). Square's
        // "EAAA" tokens are 64 characters, too short to match. Bounded by base 64 both sides, so a run of base 64 that
        // happens to hold "EAA" is not one.
        new SecretRule(
            "facebook-page-access-token",
            "Meta",
            "Facebook / Meta page or user access token",
            Patterns.Token("EAA[A-Za-z0-9]{100,400}", Patterns.Base64),
            new[] { "EAA" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },

        // The app secret signs in as the app and sets its settings: 32 hex digits under a secret's or Facebook's name.
        // The client token, of the same form, ships in every mobile app (FacebookClientToken, facebook_client_token).
        new SecretRule(
            "facebook-app-secret",
            "Meta",
            "Facebook / Meta app secret (32 hex digits under a secret's or Facebook's name, not a client token's)",
            Patterns.AssignedTo("(?:secret|facebook|fb_)", "[a-f0-9]{32}", Patterns.Base62),
            Context,
            new Remediation("https://developers.facebook.com/apps/", "Facebook:AppSecret", "FACEBOOK_APP_SECRET"))
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            PublicNames = ClientToken,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },

        // An app access token: the app's id, '|' (or "%7C" in a URL) and its secret or a token. It calls the Graph API as
        // the app, with no expiry.
        ContextGatedRule.Create(
            "facebook-app-access-token",
            "Meta",
            "Facebook / Meta app access token (app id|secret)",
            Patterns.Token("[0-9]{15,16}(?:\\||%7C)[A-Za-z0-9_-]{27,40}", Patterns.UrlSafe),
            AppTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value.Substring(value.Length - 27))),
    };
}
