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
    };
}
