using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GoogleRules
{
    private static readonly Remediation Remediation = new("https://console.cloud.google.com/apis/credentials", "Google:ApiKey", "GOOGLE_API_KEY");

    private static readonly Remediation GeminiRemediation = new("https://aistudio.google.com/app/apikey", "Gemini:ApiKey", "GEMINI_API_KEY");

    private static readonly Remediation AppPasswordRemediation = new("https://myaccount.google.com/apppasswords", "Smtp:Password", "GMAIL_APP_PASSWORD");

    // Gmail's SMTP server, a Gmail address, or the setting's name.
    private static readonly string[] AppPasswordContext = { "gmail", "googlemail" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A Google Chat space's incoming webhook: whoever has the URL posts to the space. Its key= is the same public
        // key in every such URL; the token= is the secret, and the finding spans the URL so the key is not reported.
        new SecretRule(
            "google-chat-webhook-url",
            "Google",
            "Google Chat incoming webhook URL",
            Patterns.Token("https://chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{6,20}/messages\\?key=AIza[A-Za-z0-9_-]{35}&(?:amp;)?token=[A-Za-z0-9_-]{43}(?:%3D|=)?", Patterns.UrlSafeOrDot),
            new[] { "chat.googleapis.com" },
            new Remediation("https://developers.google.com/workspace/chat/quickstart/webhooks", "GoogleChat:WebhookUrl", "GOOGLE_CHAT_WEBHOOK_URL"))
        {
            MinEntropy = 3.5,
        },

        // Firebase's configuration for a web, Android or iOS app (firebaseConfig, google-services.json,
        // GoogleService-Info.plist) carries the project's browser key, which Google documents as made to ship inside the
        // app: only its API restrictions and Firebase's security rules guard the project. A key given a Firebase name
        // (a Vite or Next.js app's VITE_FIREBASE_API_KEY, firebaseApiKey) is that key. So is the key a page loads the
        // Maps JavaScript API with (maps/api/js?key=…), which the browser sends with every map, and a key named for the
        // browser (GoogleMaps:BrowserKey), and an Android app's Maps SDK key in its manifest (com.google.android.geo.API_KEY).
        // Keys elsewhere are reported: a server's, a Gemini one.
        new SecretRule(
            "google-api-key",
            "Google",
            "Google Cloud / Gemini API key (AIza, 39 characters)",
            Patterns.Token("AIza[A-Za-z0-9_-]{35}"),
            new[] { "AIza" },
            Remediation)
        {
            MinEntropy = 3.5,
            ClientSideMarkers = new[] { "firebaseapp.com", "messagingSenderId", "mobilesdk_app_id", "GOOGLE_APP_ID", "GCM_SENDER_ID", "maps/api/js?", "com.google.android.geo.API_KEY", "com.google.android.maps.v2.API_KEY" },
            PublicNames = new[] { "firebase", "browser" },
        },

        // The auth-key format AI Studio issues since 2026: "AQ." then 50 URL-safe characters, all seen starting "Ab".
        new SecretRule(
            "google-auth-key",
            "Google",
            "Google AI Studio / Gemini auth key (AQ.)",
            Patterns.Token("AQ\\.Ab[A-Za-z0-9_-]{48}", Patterns.UrlSafeOrDot),
            new[] { "AQ.Ab" },
            GeminiRemediation)
        {
            MinEntropy = 3.5,
        },

        // An app password (16 lower-case letters, shown in groups of four) signs in to the whole Google account over
        // SMTP and IMAP: mail sent in the owner's name, every mail read. Letters alone say nothing (a method name has
        // 16 of them too), so the value must be given as a password, by its name or as the second argument of a
        // sign-in call, and Gmail must be near. It ends at a quote, the line's end, or the next argument of a command
        // (a line continuation: " ^", " \\", " `"; an option: " -a app").
        new SecretRule(
            "google-app-password",
            "Google",
            "Google app password (16 letters) given as a password next to Gmail",
            "(?:(?i:pass(?:word)?|pwd|secret)[A-Za-z0-9_]{0,20}[\"'`]?\\]?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}@?[\"'`]?"
                + "|(?i:networkcredential|authenticate(?:async)?|login)\\([^()\\r\\n]{1,120},[ \t\\r\\n]{0,20}@?[\"'`])"
                + "(?<secret>[a-z]{16}|[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?:[\"'`;&]|[ \t]{0,20}(?:\\r|\\n|$)|[ \t]{1,20}(?:[\\^\\\\`|]|-))",
            AppPasswordContext,
            AppPasswordRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = AppPasswordContext,
            MinEntropy = 3,
        },
    };
}
