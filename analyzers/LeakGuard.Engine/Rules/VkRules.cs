using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VkRules
{
    private static readonly Remediation Remediation = new("https://vk.com/apps?act=manage", "Vk:AccessToken", "VK_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "vk-access-token",
            "VK",
            "VK (VKontakte) access token (vk1.a.)",
            Patterns.Token("vk1\\.a\\.[A-Za-z0-9_-]{150,400}", Patterns.UrlSafeOrDot),
            new[] { "vk1.a." },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
