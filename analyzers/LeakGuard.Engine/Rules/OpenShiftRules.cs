using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenShiftRules
{
    private static readonly Remediation Remediation = new("https://docs.redhat.com/en/documentation/openshift_container_platform/latest/html/authentication_and_authorization/managing-oauth-access-tokens", "OpenShift:Token", "OPENSHIFT_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // OAuth access tokens since OpenShift 4.6: "sha256~" and 43 base 64 URL-safe characters (the name says how the server stores it).
        new SecretRule(
            "openshift-user-token",
            "Red Hat OpenShift",
            "OpenShift user or service account OAuth access token",
            Patterns.Token("sha256~[A-Za-z0-9_-]{43}"),
            new[] { "sha256~" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
