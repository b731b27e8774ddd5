using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AnthropicRules
{
    private static readonly Remediation Remediation = new("https://console.anthropic.com/settings/keys", "Anthropic:ApiKey", "ANTHROPIC_API_KEY");

    private static readonly Remediation AdminRemediation = new("https://console.anthropic.com/settings/admin-keys", "Anthropic:AdminKey", "ANTHROPIC_ADMIN_KEY");

    // Both formats are 93 URL-safe characters that always end in "AA".
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "anthropic-api-key",
            "Anthropic",
            "Anthropic API key",
            Patterns.Token("sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
            new[] { "sk-ant-api03-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "anthropic-admin-key",
            "Anthropic",
            "Anthropic Admin API key",
            Patterns.Token("sk-ant-admin01-[A-Za-z0-9_-]{93}AA"),
            new[] { "sk-ant-admin01-" },
            AdminRemediation)
        {
            MinEntropy = 3.5,
        },

        // claude.ai's sessionKey cookie, which tools built on the web app ask users to paste: the whole account.
        new SecretRule(
            "anthropic-session-key",
            "Anthropic",
            "Anthropic claude.ai session key (sk-ant-sid01-)",
            Patterns.Token("sk-ant-sid01-[A-Za-z0-9_-]{80,120}"),
            new[] { "sk-ant-sid01-" },
            new Remediation("https://claude.ai/settings/account", "Anthropic:SessionKey", "CLAUDE_SESSION_KEY"))
        {
            MinEntropy = 3.5,
        },
    };
}
