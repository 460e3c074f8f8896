using System.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;

namespace MigrationFeeds.LocalRunner;

/// <summary>What one invocation hands to a function's parameters.</summary>
internal sealed record InvocationInput(HttpContext? Http, TimerInfo? Timer, CancellationToken CancellationToken);

/// <summary>
/// Calls one function's method as the worker does: an instance of its class made by the invocation's services
/// (<see cref="ActivatorUtilities"/>, as the worker's default activator), the trigger and the cancellation token bound to
/// its parameters, and route values to the other parameters of an HTTP function. Every parameter is checked when the
/// runner starts, so a function it cannot call stops it there rather than failing on its first request.
/// </summary>
internal sealed class FunctionInvoker
{
    private readonly MethodInfo method;
    private readonly Func<InvocationInput, object?>[] binders;

    private FunctionInvoker(FunctionEntry function, MethodInfo method, Func<InvocationInput, object?>[] binders)
    {
        Function = function;
        this.method = method;
        this.binders = binders;
    }

    public FunctionEntry Function { get; }

    public static FunctionInvoker Create(FunctionEntry function)
    {
        var split = function.EntryPoint.LastIndexOf('.');
        var assembly = Assembly.Load(Path.GetFileNameWithoutExtension(function.ScriptFile));
        var type = assembly.GetType(function.EntryPoint[..split], throwOnError: true)!;
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Single(m => m.Name == function.EntryPoint[(split + 1)..] && m.IsDefined(typeof(FunctionAttribute)));
        var http = function.TriggerType.Equals(FunctionIndex.HttpTrigger, StringComparison.OrdinalIgnoreCase);
        var timer = function.TriggerType.Equals(FunctionIndex.TimerTrigger, StringComparison.OrdinalIgnoreCase);
        if (!http && !timer)
        {
            throw Unsupported(function, $"its trigger is {function.TriggerType}; the runner has HTTP and timer triggers only");
        }

        var returns = method.ReturnType;
        if (http ? returns != typeof(IResult) && returns != typeof(Task<IResult>) : returns != typeof(Task) && returns != typeof(void))
        {
            throw Unsupported(function, $"it returns {returns.Name}");
        }

        var routeValues = http ? RoutePatternFactory.Parse(function.Route!).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var binders = method.GetParameters().Select(p => Binder(function, p, routeValues)).ToArray();
        return new FunctionInvoker(function, method, binders);
    }

    /// <summary>Runs the function in <paramref name="services"/> (the invocation's scope); returns what it returned.</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, InvocationInput input)
    {
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var returned = method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, [.. binders.Select(b => b(input))], culture: null);
        switch (returned)
        {
            case Task<IResult> result:
                return await result.ConfigureAwait(false);
            case Task task:
                await task.ConfigureAwait(false);
                return null;
            default:
                return returned;
        }
    }

    private static Func<InvocationInput, object?> Binder(FunctionEntry function, ParameterInfo parameter, HashSet<string> routeValues)
    {
        var name = parameter.Name!;
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return input => input.CancellationToken;
        }

        if (parameter.ParameterType == typeof(HttpRequest) && parameter.IsDefined(typeof(HttpTriggerAttribute)))
        {
            return input => input.Http!.Request;
        }

        if (parameter.ParameterType == typeof(TimerInfo) && parameter.IsDefined(typeof(TimerTriggerAttribute)))
        {
            return input => input.Timer!;
        }

        if (parameter.ParameterType == typeof(string) && routeValues.Contains(name))
        {
            return input => input.Http!.Request.RouteValues[name]?.ToString();
        }

        throw Unsupported(function, $"the runner cannot bind its parameter {parameter.ParameterType.Name} {name}");
    }

    private static InvalidOperationException Unsupported(FunctionEntry function, string why) =>
        new($"Function {function.Name} ({function.EntryPoint}) cannot run in the local runner: {why}.");
}
