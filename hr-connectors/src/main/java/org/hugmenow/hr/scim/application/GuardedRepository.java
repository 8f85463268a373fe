package org.hugmenow.hr.scim.application;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.directory.scim.core.repository.PatchHandler;
import org.apache.directory.scim.core.repository.Repository;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimResource;

/**
 * SCIMple's repository contract with every refusal leaving as {@link ScimRefusal.Checked}, so
 * /Bulk reports it per operation. The If-Match value SCIMple passes is not the request's (see
 * {@link ScimRequest}), and the attribute sets are applied by SCIMple after we answer.
 */
abstract class GuardedRepository<T extends ScimResource> implements Repository<T> {

    abstract T createNow(T resource);

    /** Refuses a resource that lacks what its schema requires (400 invalidValue). */
    abstract void requireValid(T resource);

    /** Stores {@code change} applied to the current resource, under the request's If-Match. */
    abstract T write(String id, UnaryOperator<T> change);

    abstract PatchHandler patches();

    T updateNow(String id, T resource) {
        requireValid(resource);
        return write(id, current -> resource);
    }

    T patchNow(String id, List<PatchOperation> operations) {
        return write(id, current -> {
            T patched = ScimPatches.apply(patches(), current, operations);
            requireValid(patched);
            return patched;
        });
    }

    abstract T getNow(String id);

    abstract FilterResponse<T> findNow(Filter filter, PageRequest page, SortRequest sort);

    abstract void deleteNow(String id);

    @Override
    public final T create(T resource) throws ScimRefusal.Checked {
        return ScimRefusal.guarded(() -> createNow(resource));
    }

    @Override
    public final T update(String id, String ignoredEtag, T resource, Set<AttributeReference> include,
                          Set<AttributeReference> exclude) throws ScimRefusal.Checked {
        return ScimRefusal.guarded(() -> updateNow(id, resource));
    }

    @Override
    public final T patch(String id, String ignoredEtag, List<PatchOperation> operations, Set<AttributeReference> include,
                         Set<AttributeReference> exclude) throws ScimRefusal.Checked {
        return ScimRefusal.guarded(() -> patchNow(id, operations));
    }

    @Override
    public final T get(String id) throws ScimRefusal.Checked {
        return ScimRefusal.guarded(() -> getNow(id));
    }

    @Override
    public final FilterResponse<T> find(Filter filter, PageRequest page, SortRequest sort) throws ScimRefusal.Checked {
        return ScimRefusal.guarded(() -> findNow(filter, page, sort));
    }

    @Override
    public final void delete(String id) throws ScimRefusal.Checked {
        ScimRefusal.guarded(() -> {
            deleteNow(id);
            return null;
        });
    }
}
