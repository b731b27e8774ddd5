using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GitLabRulesSamples
{
    private static readonly (string RuleId, string Prefix, string Alphabet, int Length)[] FixedLength =
    {
        ("gitlab-pat", "pat-", FakeKey.UrlSafe, 20),
        ("gitlab-deploy-token", "dt-", FakeKey.UrlSafe, 20),
        ("gitlab-runner-token", "rt-", FakeKey.UrlSafe, 20),
        ("gitlab-pipeline-trigger-token", "ptt-", FakeKey.Hex, 40),
        ("gitlab-oauth-app-secret", "oas-", FakeKey.UrlSafe, 64),
        ("gitlab-feed-token", "ft-", FakeKey.UrlSafe, 20),
        ("gitlab-incoming-mail-token", "imt-", FakeKey.UrlSafe, 25),
        ("gitlab-agent-token", "agent-", FakeKey.UrlSafe, 50),
        ("gitlab-scim-token", "soat-", FakeKey.UrlSafe, 20),
        ("gitlab-feature-flag-client-token", "ffct-", FakeKey.UrlSafe, 20),
    };

    private static readonly string PathFeedToken = TestKeys.GitLab("ft-", FakeKey.Of(FakeKey.Random(FakeKey.Hex, 64, 15), "-", "4031"));

    private static readonly string SessionCookie = FakeKey.Random(FakeKey.Hex, 32, 5);

    private static readonly string RoutablePat = TestKeys.GitLab("pat-", FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 27, 3), ".", FakeKey.Random("0123456789abcdefghijklmnopqrstuvwxyz", 9, 4)));

    private static readonly string InstancePrefixedPat = FakeKey.Of("my-company-", TestKeys.GitLab("pat-", FakeKey.Random(FakeKey.UrlSafe, 20, 21)));

    private static readonly string VersionedPat = TestKeys.GitLab("pat-", FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 39, 7), ".01.", FakeKey.Random("0123456789abcdefghijklmnopqrstuvwxyz", 9, 8)));

    private static readonly string VersionedRunner = TestKeys.GitLab("rt-", FakeKey.Of("t2_", FakeKey.Random(FakeKey.UrlSafe, 39, 9), ".01.", FakeKey.Random("0123456789abcdefghijklmnopqrstuvwxyz", 9, 10)));

    private static readonly string RoutableRunner = TestKeys.GitLab("rt-", FakeKey.Of("t1_", FakeKey.Random(FakeKey.UrlSafe, 27, 5), ".", FakeKey.Random("0123456789abcdefghijklmnopqrstuvwxyz", 9, 6)));

    private static readonly string JobToken = TestKeys.GitLab("cbt-", FakeKey.Of(FakeKey.Random(FakeKey.Base62, 5, 7), "_", FakeKey.Random(FakeKey.UrlSafe, 20, 8)));

    private static readonly string RegistrationToken = FakeKey.Of("GR134", "8941", FakeKey.Random(FakeKey.UrlSafe, 20, 9));

    private static readonly string RegisteredRunner = TestKeys.GitLab("rtr-", FakeKey.Random(FakeKey.UrlSafe, 20, 12));

    private static readonly string RoutableRegisteredRunner = TestKeys.GitLab("rtr-", FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 38, 13), ".01.", FakeKey.Random("0123456789abcdefghijklmnopqrstuvwxyz", 9, 14)));

    private static readonly string JwtJobToken = TestKeys.GitLab("cbt-", FakeKey.Of(
        "eyJ", FakeKey.Random(FakeKey.UrlSafe, 120, 15), ".eyJ", FakeKey.Random(FakeKey.UrlSafe, 420, 16), ".", FakeKey.Random(FakeKey.UrlSafe, 342, 17)));

    private static readonly string PrefixedRunner = TestKeys.GitLab("rt-", FakeKey.Of("t1_", FakeKey.Random(FakeKey.UrlSafe, 20, 11)));

    internal static readonly RuleSamples Samples = Build();

    private static RuleSamples Build()
    {
        var samples = new RuleSamples();
        foreach (var (ruleId, prefix, alphabet, length) in FixedLength)
        {
            var token = TestKeys.GitLab(prefix, FakeKey.Random(alphabet, length, length));
            samples.Finds(ruleId, token, "GITLAB_TOKEN")
                .Ignores(ruleId, "one character short", token[..^1])
                .Ignores(ruleId, "placeholder", TestKeys.GitLab(prefix, new string('X', length)));
        }

        return samples
            .FindsIn("gitlab-pat", "routable token", $"private_token: {RoutablePat}", RoutablePat)
            .FindsIn("gitlab-feed-token", "a feed link's token for its path (GitLab 16.1)", $"https://gitlab.example.test/dashboard/projects.atom?feed_token={PathFeedToken}", PathFeedToken)
            .Ignores("gitlab-feed-token", "a path's token without the user's id", $"value: {PathFeedToken[..PathFeedToken.LastIndexOf('-')]}")
            .FindsIn("gitlab-runner-token", "routable token", $"token = \"{RoutableRunner}\"", RoutableRunner)
            .FindsIn("gitlab-pat", "routable token with a version (GitLab 18.3)", $"GITLAB_TOKEN={VersionedPat}\n", VersionedPat)
            .FindsIn("gitlab-runner-token", "routable token with a version (GitLab 18.3)", $"token = \"{VersionedRunner}\"", VersionedRunner)
            .FindsIn("gitlab-cicd-job-token", "job token", $"CI_JOB_TOKEN={JobToken}", JobToken)
            .FindsIn("gitlab-cicd-job-token", "JWT job token", $"curl --header \"JOB-TOKEN: {JwtJobToken}\" https://gitlab.example.test/api/v4/job", JwtJobToken)
            .FindsIn("gitlab-runner-token", "runner registered with a registration token", $"  token = \"{RegisteredRunner}\"", RegisteredRunner)
            .FindsIn("gitlab-runner-token", "routable token of a registered runner", $"  token = \"{RoutableRegisteredRunner}\"", RoutableRegisteredRunner)
            .FindsIn("gitlab-runner-registration-token", "registration token", $"--registration-token {RegistrationToken}", RegistrationToken)
            .Ignores("gitlab-pat", "placeholder with dashes", TestKeys.GitLab("pat-", "XXXXXXXXXXX-XXXXXXXX"))
            .Ignores("gitlab-pipeline-trigger-token", "not hex", TestKeys.GitLab("ptt-", FakeKey.Random(FakeKey.Base62, 40).Replace('a', 'z')))
            .Ignores("gitlab-cicd-job-token", "no separator", TestKeys.GitLab("cbt-", FakeKey.Random(FakeKey.Base62, 25)))
            .FindsIn("gitlab-session-cookie", "a copied curl command", $"curl -b \"_gitlab_session={SessionCookie}; preferred_language=en\" https://gitlab.example.org/api/v4/projects", SessionCookie)
            .FindsIn("gitlab-session-cookie", "a scraper's cookie dictionary", $"cookies = {{'_gitlab_session': '{SessionCookie}'}}", SessionCookie)
            .FindsIn("gitlab-session-cookie", "a HAR file's cookie", $"{{ \"name\": \"_gitlab_session\", \"value\": \"{SessionCookie}\", \"httpOnly\": true }}", SessionCookie)
            .FindsIn("gitlab-session-cookie", "a cookies.txt line", $"gitlab.example.org\tFALSE\t/\tTRUE\t0\t_gitlab_session\t{SessionCookie}\n", SessionCookie)
            .FindsIn("gitlab-session-cookie", "a .NET cookie", $"container.Add(new Cookie(\"_gitlab_session\", \"{SessionCookie}\", \"/\", \"gitlab.example.org\"));", SessionCookie)
            .Ignores("gitlab-session-cookie", "not hex", $"Cookie: _gitlab_session={SessionCookie[..5]}q{SessionCookie[6..]}")
            .Ignores("gitlab-session-cookie", "longer than a session id", $"Cookie: _gitlab_session={SessionCookie}0f")
            .Ignores("gitlab-runner-registration-token", "low entropy", FakeKey.Of("GR134", "8941", string.Concat(Enumerable.Repeat("123", 7)).Substring(0, 20)))
            .FindsIn("gitlab-runner-token", "a runner created in the UI (GitLab 16, 17)", $"  token = \"{PrefixedRunner}\"\n", PrefixedRunner)
            .FindsIn("gitlab-pat", "an instance's own prefix in front", $"GITLAB_TOKEN={InstancePrefixedPat}\n", InstancePrefixedPat);
    }
}
