using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JenkinsRules
{
    private static readonly Remediation Remediation = new("https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/", "Jenkins:ApiToken", "JENKINS_API_TOKEN");

    // buildWithParameters and crumbIssuer are paths of Jenkins' own API, in the curl lines that send the token.
    private static readonly string[] JenkinsApiTokenContext = { "jenkins", "buildWithParameters", "crumbIssuer" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "jenkins-api-token",
            "Jenkins",
            "Jenkins API token (\"11\" and 32 hex digits next to the word Jenkins)",
            Patterns.Token("11[a-f0-9]{32}", Patterns.Base62),
            JenkinsApiTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
