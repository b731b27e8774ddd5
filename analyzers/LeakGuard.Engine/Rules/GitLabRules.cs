using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GitLabRules
{
    private static readonly Remediation Remediation = new("https://gitlab.com/-/user_settings/personal_access_tokens", "GitLab:Token", "GITLAB_TOKEN");

    private static readonly Remediation RunnerRemediation = new("https://docs.gitlab.com/ee/ci/runners/", "GitLab:RunnerToken", "CI_SERVER_TOKEN");

    private static readonly Remediation SessionRemediation = new("https://gitlab.com/-/user_settings/active_sessions", "GitLab:SessionCookie", "GITLAB_SESSION");

    private const string InstancePrefix = "(?:[A-Za-z0-9][A-Za-z0-9_-]{0,40}-)?";

    private const string RoutableSuffix = "(?:\\.[0-9a-z]{2})?\\.[0-9a-z]{9}";

    // Token prefixes: https://docs.gitlab.com/ee/security/tokens/#token-prefixes
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Routable tokens (GitLab 17.x) append a base-36 part after a dot: the payload's length and a CRC32. Since GitLab
        // 18.3 a two-character version comes before it, after a dot of its own. The legacy form is 20 characters.
        // A self-managed instance may put its own prefix in front ("mycompany-glpat-"); it is part of the token.
        Token("gitlab-pat", "GitLab personal access token", InstancePrefix + "glpat-", "[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{27,300}" + RoutableSuffix, Remediation, "glpat-"),
        Token("gitlab-deploy-token", "GitLab deploy token", "gldt-", "[A-Za-z0-9_-]{20}", Remediation),
        // "glrtr-" is the authentication token of a runner registered with a (legacy) registration token.
        Token("gitlab-runner-token", "GitLab runner authentication token", "glrtr?-", "(?:t[0-9]_)?[A-Za-z0-9_-]{20}|(?:t[0-9]_)?[A-Za-z0-9_-]{27,300}" + RoutableSuffix, RunnerRemediation, "glrt-", "glrtr-"),
        Token("gitlab-runner-registration-token", "GitLab runner registration token (legacy)", "GR1348941", "[A-Za-z0-9_-]{20}", RunnerRemediation),
        Token("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", "glptt-", "[0-9a-f]{40}", Remediation),
        // JWT job tokens (GitLab's jwt_ci_cd_job_token_enabled) are "glcbt-" and a JWT; the older ones a partition id in hex, "_" and 20 characters.
        Token("gitlab-cicd-job-token", "GitLab CI/CD job token", InstancePrefix + "glcbt-", "[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}|eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,900}\\.[A-Za-z0-9_-]{20,600}", Remediation, "glcbt-"),
        Token("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", "[A-Za-z0-9_-]{64}", Remediation),
        // Since GitLab 16.1 a feed link carries a token made for its path: 64 hex digits and the user's id.
        Token("gitlab-feed-token", "GitLab feed token", "glft-", "[A-Za-z0-9_-]{20}|[a-f0-9]{64}-[0-9]{1,12}", Remediation),
        Token("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", "[A-Za-z0-9_-]{25}", Remediation),
        Token("gitlab-agent-token", "GitLab agent for Kubernetes token", "glagent-", "[A-Za-z0-9_-]{50}", Remediation),
        Token("gitlab-scim-token", "GitLab SCIM token", "glsoat-", "[A-Za-z0-9_-]{20}", Remediation),
        Token("gitlab-feature-flag-client-token", "GitLab feature flag client token", "glffct-", "[A-Za-z0-9_-]{20}", Remediation),

        // A signed-in browser session, copied with a request ("curl -b", a HAR file, a scraper): whoever holds it is
        // signed in until the session is revoked. As a cookie header's name=value, a dictionary's entry, a HAR's or
        // Puppeteer's { name, value }, a cookies.txt line (tab-separated) or new Cookie(name, value).
        new SecretRule(
            "gitlab-session-cookie",
            "GitLab",
            "GitLab session cookie",
            "_gitlab_session[\"']?[ \t]{0,3}[,:=\t][ \t]{0,3}(?:[\"']?value[\"']?[ \t]{0,3}[:=][ \t]{0,3})?[\"']?(?<secret>[0-9a-f]{32})(?:$|[^0-9A-Za-z])",
            new[] { "_gitlab_session" },
            SessionRemediation)
        {
            MinEntropy = 3,
        },
    };

    private static SecretRule Token(string id, string description, string prefix, string body, Remediation remediation, params string[] keywords) =>
        new(id, "GitLab", description, Patterns.Token(prefix + "(?:" + body + ")", Patterns.UrlSafeOrDot), keywords.Length > 0 ? keywords : new[] { prefix }, remediation)
        {
            MinEntropy = 3,
        };
}
