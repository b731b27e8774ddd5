using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FacebookRulesSamples
{
    private static readonly string Token = FakeKey.Of("EA", "AM", FakeKey.Random(FakeKey.Base62, 180, 11));

    private static readonly string GraphExplorerToken = FakeKey.Of("EA", "AG", FakeKey.Random(FakeKey.Base62, 170, 16), "ZDZD");

    private static readonly string AppSecret = FakeKey.Random(FakeKey.Hex, 32, 13);

    private static readonly string AppToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 16, 14), "|", FakeKey.Random(FakeKey.UrlSafe, 27, 15));

    private static readonly string OneDigitToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 16, 16), "|", FakeKey.Random(TestKeys.Letters + "_-", 26, 17), "7");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("facebook-app-secret", AppSecret, "FACEBOOK_APP_SECRET")
        .FindsIn("facebook-app-secret", "beside an Azure AD sign-in, not an Azure key", $"services.AddAuthentication().AddMicrosoftIdentityWebApp(Configuration.GetSection(\"AzureAd\"));\nservices.AddAuthentication().AddFacebook(facebookOptions =>\n{{\n    facebookOptions.AppId = \"{FakeKey.Random(TestKeys.Digits, 15, 17)}\";\n    facebookOptions.AppSecret = \"{AppSecret}\";\n}});", AppSecret)
        .FindsIn("facebook-app-secret", "ASP.NET Core's Facebook sign-in", $"builder.Services.AddAuthentication().AddFacebook(options =>\n{{\n    options.AppId = \"1234567890123456\";\n    options.AppSecret = \"{AppSecret}\";\n}});", AppSecret)
        .FindsIn("facebook-app-secret", "under Facebook's name", $"facebookToken := \"{AppSecret}\"", AppSecret)
        .FindsIn("generic-secret", "the client token under Facebook's name: not an app secret", $"FACEBOOK_CLIENT_TOKEN={AppSecret}", AppSecret)
        .Ignores("facebook-app-secret", "the client token, shipped in every app", $"<string name=\"facebook_client_token\">{AppSecret}</string>")
        .FindsIn("generic-secret", "a secret's name, Facebook not near: only the generic rule", $"INTEGRATION_SECRET={AppSecret}", AppSecret)
        .FindsIn("facebook-app-access-token", "a Graph API call", $"https://graph.facebook.com/debug_token?input_token=x&access_token={AppToken}", AppToken)
        .FindsIn("facebook-app-access-token", "a token whose random part holds one digit", $"const accessToken = '{OneDigitToken}'; // graph.facebook.com", OneDigitToken)
        .FindsIn("facebook-app-access-token", "URL-encoded", $"fb_token = \"{AppToken.Replace("|", "%7C", System.StringComparison.Ordinal)}\"", AppToken.Replace("|", "%7C", System.StringComparison.Ordinal))
        .Ignores("facebook-app-access-token", "no Facebook near", $"row: {AppToken}")
        .Ignores("facebook-app-access-token", "an id too short", $"facebook: {AppToken[2..]}")
        .Finds("facebook-page-access-token", Token, "FACEBOOK_ACCESS_TOKEN")
        .Ignores("facebook-page-access-token", "inside a base64 run", $"data:image/png;base64,AAAA+{Token}/AAAA")
        .Ignores("facebook-page-access-token", "too short", $"value: {Token[..90]}")
        .FindsIn("facebook-page-access-token", "a token of an app whose id gives EAAG, not EAAM or EAAC", $"const PAGE_ACCESS_TOKEN = \"{GraphExplorerToken}\";", GraphExplorerToken)
        .Ignores("facebook-page-access-token", "EAAG but too short", $"row: {GraphExplorerToken[..90]}")
        .Ignores("facebook-page-access-token", "letters only", "token: EA" + "AM" + FakeKey.Random(TestKeys.Letters, 150, 12));
}
