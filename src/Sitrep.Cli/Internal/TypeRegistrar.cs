using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Internal;

/// <summary>Lets Spectre.Console.Cli build commands from the service collection (the clock is injected, never read globally).</summary>
internal sealed class TypeRegistrar(IServiceCollection services) : ITypeRegistrar
{
    public ITypeResolver Build() => new TypeResolver(services.BuildServiceProvider());
    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);
    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);
    public void RegisterLazy(Type service, Func<object> factory) => services.AddSingleton(service, _ => factory());
}

internal sealed class TypeResolver(IServiceProvider provider) : ITypeResolver
{
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type) ?? ActivatorUtilities.CreateInstance(provider, type);
}
