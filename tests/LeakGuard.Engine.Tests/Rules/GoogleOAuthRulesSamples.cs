using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoogleOAuthRulesSamples
{
    private static readonly string GoogleOauthClientSecretKey = FakeKey.Of("G", "OC", "SPX-", FakeKey.Random(FakeKey.UrlSafe, 28, 1));

    private static readonly string RefreshToken = FakeKey.Of("1//0", FakeKey.Random(FakeKey.UrlSafe, 12, 2), "CgYIARAAGA", FakeKey.Random(FakeKey.UrlSafe, 77, 3));

    private static readonly string AccessToken = FakeKey.Of("ya29", ".a0", FakeKey.Random(FakeKey.UrlSafe, 160, 4));

    private static readonly string ServiceAccountAccessToken = FakeKey.Of("ya29", ".c.", FakeKey.Random(FakeKey.UrlSafe, 130, 6));

    private static readonly string LegacyClientSecret = FakeKey.Of("Qe", FakeKey.Random(FakeKey.UrlSafe, 22, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("google-oauth-client-secret", GoogleOauthClientSecretKey, "API_KEY")
        .FindsIn("google-oauth-client-secret-legacy", "client_secret.json", $"{{\"installed\":{{\"client_id\":\"288544546525-2j9eagljdg25ojrddm33cmcqplcvu3g0.apps.googleusercontent.com\",\"token_uri\":\"https://oauth2.googleapis.com/token\",\"client_secret\":\"{LegacyClientSecret}\",\"redirect_uris\":[\"http://localhost\"]}}}}", LegacyClientSecret)
        .Ignores("google-oauth-client-secret-legacy", "another field beside the client id", $"{{\"client_id\":\"288544546525-2j9eagljdg25ojrddm33cmcqplcvu3g0.apps.googleusercontent.com\",\"state\":\"{LegacyClientSecret}\"}}")
        .Ignores("google-oauth-client-secret-legacy", "the Firebase CLI's own client secret", $"const clientSecret = () => utils.envOverride(\"FIREBASE_CLIENT_SECRET\", \"{FakeKey.Of("j9iVZfS8", "kkCEFUPa", "AeJV0sAi")}\");")
        .Ignores("google-oauth-client-secret", "one character short", $"value: {GoogleOauthClientSecretKey[..^1]}")
        .Ignores("google-oauth-client-secret", "embedded in a longer token", "value: Q" + GoogleOauthClientSecretKey)
        .Finds("google-oauth-refresh-token", RefreshToken, "GOOGLE_REFRESH_TOKEN")
        .FindsIn("google-oauth-refresh-token", "gcloud's application_default_credentials.json", $"{{\n  \"client_id\": \"764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com\",\n  \"refresh_token\": \"{RefreshToken}\",\n  \"type\": \"authorized_user\"\n}}", RefreshToken)
        .Ignores("google-oauth-refresh-token", "floor division and a URL's slashes", $"half = total//0.5 + 1\nurl = \"https://1//0{FakeKey.Random(FakeKey.Base62, 90, 5)}\"")
        .Ignores("google-oauth-refresh-token", "a placeholder", "GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        .Finds("google-oauth-access-token", AccessToken, "GOOGLE_ACCESS_TOKEN")
        .FindsIn("google-oauth-access-token", "a bearer header in a curl command", $"curl -H \"Authorization: Bearer {AccessToken}\" https://www.googleapis.com/drive/v3/files\n", AccessToken)
        .FindsIn("google-oauth-refresh-token", "rclone's config: the access token expired, its refresh token did not", $"[gdrive]\ntype = drive\ntoken = {{\"access_token\":\"{AccessToken}\",\"token_type\":\"Bearer\",\"refresh_token\":\"{RefreshToken}\",\"expiry\":\"2021-03-01T10:12:43.123456+01:00\"}}\n", RefreshToken)
        .FindsIn("google-oauth-access-token", "an expiry still ahead", $"token = {{\"access_token\":\"{AccessToken}\",\"token_type\":\"Bearer\",\"expiry\":\"2099-03-01T10:12:43Z\"}}\n", AccessToken)
        .Ignores("google-oauth-access-token", "a truncated example", "Authorization: Bearer ya29.a0AfH6SMBx...")
        .FindsIn("google-oauth-access-token", "a service account's token", $"token = \"{ServiceAccountAccessToken}\"\n", ServiceAccountAccessToken);
}
