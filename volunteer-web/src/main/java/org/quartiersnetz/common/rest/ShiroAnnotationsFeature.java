package org.quartiersnetz.common.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.subject.Subject;

/**
 * Enforces Shiro's own annotations on resource methods (and classes): {@code @RequiresAuthentication}
 * answers 401 to anonymous callers, {@code @RequiresPermissions} also 403 to callers whose role lacks
 * the permission. Which records a permitted caller reaches is the boundaries' business.
 */
@Provider
public class ShiroAnnotationsFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresPermissions permissions = find(RequiresPermissions.class, resource);
        boolean authentication = permissions != null || find(RequiresAuthentication.class, resource) != null;
        if (authentication) {
            context.register(new Check(permissions));
        }
    }

    private static <A extends java.lang.annotation.Annotation> A find(Class<A> type, ResourceInfo resource) {
        A onMethod = annotation(resource.getResourceMethod(), type);
        return onMethod != null ? onMethod : annotation(resource.getResourceClass(), type);
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedElement element, Class<A> type) {
        return element == null ? null : element.getAnnotation(type);
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {

        private final RequiresPermissions permissions;

        Check(RequiresPermissions permissions) {
            this.permissions = permissions;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Subject subject = SecurityUtils.getSubject();
            if (!subject.isAuthenticated()) {
                Response challenge = Problems.of(Response.Status.UNAUTHORIZED, "unauthorized", "problem.http.401");
                request.abortWith(Response.fromResponse(challenge)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Quartiersnetz\"")
                        .build());
            } else if (permissions != null && !permitted(subject)) {
                request.abortWith(Problems.of(Response.Status.FORBIDDEN, "forbidden", "problem.http.403"));
            }
        }

        private boolean permitted(Subject subject) {
            String[] wanted = permissions.value();
            if (permissions.logical() == Logical.OR) {
                for (String permission : wanted) {
                    if (subject.isPermitted(permission)) {
                        return true;
                    }
                }
                return false;
            }
            return subject.isPermittedAll(wanted);
        }
    }
}
