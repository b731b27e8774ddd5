using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudinaryRules
{
    private static readonly Remediation Remediation = new("https://console.cloudinary.com/settings/api-keys", "Cloudinary:Url", "CLOUDINARY_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cloudinary-url",
            "Cloudinary",
            "Cloudinary URL with its API secret",
            "cloudinary://[0-9]{15}:(?<secret>[A-Za-z0-9_-]{27})@[a-z0-9_-]{1,64}",
            new[] { "cloudinary://" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // The same secret given on its own: cloudinary.config({ cloud_name, api_key, api_secret }), the SDKs' settings (the
        // Android SDK's map for MediaManager.init) and CLOUDINARY_API_SECRET, which tutorials write out more often than
        // the URL, and the .NET SDK's new Account(cloud, key, secret).
        ContextGatedRule.Create(
            "cloudinary-api-secret",
            "Cloudinary",
            "Cloudinary API secret (27 characters under an API secret's name, next to Cloudinary)",
            Patterns.AssignedTo("(?:api|cloudinary)[_-]?secret", "[A-Za-z0-9_-]{27}")
                + "|(?i:new)[ \t]{1,3}Account\\([ \t\\r\\n]{0,40}\"[A-Za-z0-9_-]{1,64}\"[ \t]{0,3},[ \t\\r\\n]{0,40}\"[0-9]{12,16}\"[ \t]{0,3},[ \t\\r\\n]{0,40}\"(?<secret>[A-Za-z0-9_-]{27})\"",
            new[] { "cloudinary", "MediaManager.init(", "new Account(" },
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.HasUpperAndLower(value) && !Plausibility.IsMostlyWords(value)),
    };
}
