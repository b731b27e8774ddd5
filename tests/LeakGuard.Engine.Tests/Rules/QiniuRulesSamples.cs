using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class QiniuRulesSamples
{
    private static readonly string SecretKey = FakeKey.Random(FakeKey.UrlSafe, 40, 1);

    private static readonly string AccessKey = FakeKey.Random(FakeKey.UrlSafe, 40, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("qiniu-access-key", SecretKey, "QINIU_SECRET_KEY")
        .FindsIn("qiniu-access-key", "the Python SDK's upload token", $"from qiniu import Auth, put_file\n\naccess_key = os.environ['QINIU_ACCESS_KEY']\nsecret_key = '{SecretKey}'\nq = Auth(access_key, secret_key)\n", SecretKey)
        .FindsIn("qiniu-access-key", "the Java SDK, imported far above", $"import com.qiniu.util.Auth;\n{RuleSamples.PageOfCode}    private static final String SECRET_KEY = \"{SecretKey}\";\n", SecretKey)
        .FindsIn("qiniu-access-key", "beside a bucket's domain", $"cdnDomain: 'http://p8x2k1.bkt.clouddn.com',\naccessKey: '{AccessKey}',\n", AccessKey)
        .Ignores("qiniu-access-key", "a commit's hash beside Qiniu's name", $"qiniu-sdk @ {FakeKey.Random(FakeKey.Hex, 40, 3)}")
        .Ignores("qiniu-access-key", "no Qiniu named", $"next_marker = '{SecretKey}'");
}
