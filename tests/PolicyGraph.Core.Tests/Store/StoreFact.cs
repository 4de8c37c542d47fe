using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>
/// A store contract test. It runs in every class that derives from <see cref="GraphStoreContract"/>, unless that
/// class says what it needs (<see cref="IRequiresServer"/>) and the machine does not have it: then it is reported as
/// skipped, with the reason, in the test output — never passed silently.
/// </summary>
[XunitTestCaseDiscoverer("PolicyGraph.Core.Tests.Store.StoreFactDiscoverer", "PolicyGraph.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A contract class whose store needs a server; <see cref="SkipReason"/> says why it cannot run here, or null.</summary>
public interface IRequiresServer
{
    static abstract string? SkipReason { get; }
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var type = TestMethod.TestClass.Class.ToRuntimeType();
        var requires = type?.GetInterfaces().FirstOrDefault(i => i == typeof(IRequiresServer));
        if (requires is not null)
        {
            var reason = (string?)type!.GetProperty(nameof(IRequiresServer.SkipReason), System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null);
            if (reason is not null)
            {
                return reason;
            }
        }
        return base.GetSkipReason(factAttribute);
    }
}
