using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoogleRulesSamples
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    private static readonly string AppPassword = FakeKey.Random(Letters, 16, 1);

    private static readonly string GroupedAppPassword = string.Join(" ", FakeKey.Random(Letters, 4, 2), FakeKey.Random(Letters, 4, 3), FakeKey.Random(Letters, 4, 4), FakeKey.Random(Letters, 4, 5));

    private static readonly string ChatWebhook = FakeKey.Of("https://chat.googleapis.com/v1/spaces/AAAA", FakeKey.Random(FakeKey.UrlSafe, 7, 21), "/messages?key=", TestKeys.GoogleApiKey(22), "&token=", FakeKey.Random(FakeKey.UrlSafe, 43, 23), "%3D");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("google-app-password", "NetworkCredential for a Gmail address", $"client.Credentials = new NetworkCredential(\"alerts.contoso@gmail.com\", \"{AppPassword}\");", AppPassword)
        .FindsIn("google-app-password", "grouped, in settings for Gmail's SMTP server", $"\"Smtp\": {{ \"Host\": \"smtp.gmail.com\", \"Port\": 587, \"Password\": \"{GroupedAppPassword}\" }}", GroupedAppPassword)
        .FindsIn("google-app-password", ".env line", $"GMAIL_APP_PASSWORD={AppPassword}\n", AppPassword)
        .FindsIn("google-app-password", "a batch file's continued command line", $"java -jar app.jar ^\n  --spring.mail.username=alerts.contoso@gmail.com ^\n  --spring.mail.password={AppPassword} ^\n  --server.port=9090\n", AppPassword)
        .FindsIn("google-app-password", "an option after the value", $"heroku config:set GMAIL_USER=alerts.contoso@gmail.com GMAIL_PASS={AppPassword} -a contoso-mailer\n", AppPassword)
        .FindsIn("google-app-password", "MailKit", $"await smtp.ConnectAsync(\"smtp.gmail.com\", 465, true);\nawait smtp.AuthenticateAsync(sender, \"{AppPassword}\");", AppPassword)
        .FindsIn("smtp-password", "no Gmail near: another mail server's password", $"\"Smtp\": {{ \"Host\": \"mail.contoso.com\", \"Password\": \"{AppPassword}\" }}", AppPassword)
        .Ignores("google-app-password", "16 letters that are not given as a password", "var host = \"smtp.gmail.com\";\nvar name = \"sendmessageasync\";")
        .FindsIn("smtp-password", "15 letters: no app password, still Gmail's SMTP password", $"\"Host\": \"smtp.gmail.com\", \"Password\": \"{AppPassword[..15]}\"", AppPassword[..15])
        .FindsIn("smtp-password", "capitals: no app password, still Gmail's SMTP password", $"\"Host\": \"smtp.gmail.com\", \"Password\": \"{AppPassword.ToUpperInvariant()}\"", AppPassword.ToUpperInvariant())
        .Finds("google-api-key", TestKeys.GoogleApiKey(), "GOOGLE_API_KEY")
        .Finds("google-auth-key", TestKeys.GoogleAuthKey(), "GEMINI_API_KEY")
        .FindsIn("google-api-key", "a web service's query string", $"var url = $\"https://maps.googleapis.com/maps/api/geocode/json?address={{address}}&key={TestKeys.GoogleApiKey(2)}\";", TestKeys.GoogleApiKey(2))
        .Ignores("google-api-key", "a page's Maps JavaScript API loader", $"<script async src=\"https://maps.googleapis.com/maps/api/js?key={TestKeys.GoogleApiKey(8)}&callback=initMap\"></script>")
        .Ignores("google-api-key", "an Android app's Maps SDK key in its manifest", $"<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"{TestKeys.GoogleApiKey(10)}\" />")
        .Ignores("google-api-key", "a key named for the browser", $"\"GoogleMaps\": {{\n  \"BrowserKey\": \"{TestKeys.GoogleApiKey(9)}\"\n}}")
        .FindsIn("google-auth-key", "header", $"-H 'x-goog-api-key: {TestKeys.GoogleAuthKey(2)}'", TestKeys.GoogleAuthKey(2))
        .Ignores("google-api-key", "a Firebase web app's configuration", $"const firebaseConfig = {{\n  apiKey: \"{TestKeys.GoogleApiKey(3)}\",\n  authDomain: \"ledger-web.firebaseapp.com\",\n  projectId: \"ledger-web\",\n  messagingSenderId: \"402218934471\",\n}};")
        .Ignores("google-api-key", "an Android app's google-services.json", $"\"client_info\": {{\n  \"mobilesdk_app_id\": \"1:402218934471:android:5b1c1f0a9e4d2c7f\"\n}},\n\"api_key\": [\n  {{ \"current_key\": \"{TestKeys.GoogleApiKey(4)}\" }}\n]")
        .Ignores("google-api-key", "an iOS app's GoogleService-Info.plist", $"<key>API_KEY</key>\n<string>{TestKeys.GoogleApiKey(5)}</string>\n<key>GCM_SENDER_ID</key>\n<string>402218934471</string>\n<key>GOOGLE_APP_ID</key>\n<string>1:402218934471:ios:9a7c3e1b2d4f6a8c</string>")
        .Ignores("google-api-key", "a Vite app's Firebase key in its .env", $"VITE_FIREBASE_API_KEY={TestKeys.GoogleApiKey(6)}\nVITE_FIREBASE_PROJECT_ID=ledger-web\n")
        .FindsIn("google-api-key", "a Gemini key beside a Firebase key's name", $"VITE_FIREBASE_PROJECT_ID=ledger-web\nGEMINI_API_KEY={TestKeys.GoogleApiKey(7)}\n", TestKeys.GoogleApiKey(7))
        .Ignores("google-api-key", "one character short", TestKeys.GoogleApiKey()[..^1])
        .Ignores("google-api-key", "one character long", TestKeys.GoogleApiKey() + "Q")
        .Ignores("google-api-key", "wrong case", TestKeys.GoogleApiKey().ToUpperInvariant())
        .Ignores("google-api-key", "the key of MUI's Google Maps demo", $"const GOOGLE_MAPS_API_KEY = '{FakeKey.Of("AIzaSyC3aviU6", "KHXAjoSnxcw6qb", "OhjnFctbxPkE")}';")
        .Ignores("google-api-key", "the developer key of the Python client's samples", $"service = build(\"customsearch\", \"v1\",\n          developerKey=\"{FakeKey.Of("AIzaSyDRRpR3GS1F1", "_jKNNM9HCNd2w", "JQyPG3oN0")}\")")
        .Ignores("google-api-key", "sequential placeholder", FakeKey.Of("AI", "zaSy", "abcdefghijklmnopqrstuvwxyz1234567"))
        .Ignores("google-auth-key", "one character short", TestKeys.GoogleAuthKey()[..^1])
        .FindsIn("google-chat-webhook-url", "an alert script, the URL's key not reported on its own", $"WEBHOOK_URL = \"{ChatWebhook}\"\n", ChatWebhook)
        .Ignores("google-chat-webhook-url", "a placeholder token", $"WEBHOOK_URL = \"https://chat.googleapis.com/v1/spaces/AAAAxyz/messages?key={{KEY}}&token={{TOKEN}}\"\n");
}
