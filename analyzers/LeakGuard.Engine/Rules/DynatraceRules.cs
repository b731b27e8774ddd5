using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DynatraceRules
{
    private static readonly Remediation Remediation = new("https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens", "Dynatrace:ApiToken", "DT_API_TOKEN");

    private static readonly Remediation TenantTokenRemediation = new("https://docs.dynatrace.com/docs/shortlink/tenant-token", "Dynatrace:ConnectionAuthToken", "DT_CONNECTION_AUTH_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // "dt0", a letter and two digits for the kind (c01 API tokens, s01 to s16 platform tokens), the public id, then
        // the secret part.
        new SecretRule(
            "dynatrace-api-token",
            "Dynatrace",
            "Dynatrace API or platform token",
            Patterns.Token("dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "dt0c0", "dt0s0", "dt0s1" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => !PublishedKeys.Contains(value.Substring(value.LastIndexOf('.') + 1)),
        },

        // The connection token OneAgent and the AWS Lambda extension send (DT_CONNECTION_AUTH_TOKEN): "dt0a0", the
        // environment's id and 64 hex digits. Anyone with it can send monitoring data as the environment.
        new SecretRule(
            "dynatrace-agent-token",
            "Dynatrace",
            "Dynatrace OneAgent connection (tenant) token",
            Patterns.Token("dt0a0[0-9]\\.[a-z0-9]{8}\\.[a-f0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "dt0a0" },
            TenantTokenRemediation)
        {
            MinEntropy = 3,
        },
    };
}
