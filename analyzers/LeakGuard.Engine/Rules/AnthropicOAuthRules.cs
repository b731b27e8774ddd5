using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AnthropicOAuthRules
{
    private static readonly Remediation Remediation = new("https://console.anthropic.com/settings/keys", "Anthropic:OAuthToken", "CLAUDE_CODE_OAUTH_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "anthropic-oauth-access-token",
            "Anthropic",
            "Anthropic (Claude) OAuth access token",
            Patterns.Token("sk-ant-oat01-[A-Za-z0-9_-]{80,120}"),
            new[] { "sk-ant-oat01-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "anthropic-oauth-refresh-token",
            "Anthropic",
            "Anthropic (Claude) OAuth refresh token",
            Patterns.Token("sk-ant-ort01-[A-Za-z0-9_-]{80,120}"),
            new[] { "sk-ant-ort01-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
