package org.attune.ui.internal.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelPackage;
import org.attune.ui.timeline.TimelineModel;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Hears what changes in the case the timeline shows (EMF notifications, whoever made the change:
 * coding, undo, the moments table, an import), so that the timeline updates only the tracks
 * of the moments added, removed or moved instead of building all tracks again. Changes to what
 * shapes the tracks themselves (the scheme, the coders, the case's media) ask for a full build.
 */
public final class MomentWatch extends AdapterImpl {

    private static final ModelPackage P = ModelPackage.eINSTANCE;

    private enum Kind { ADD, REMOVE, UPDATE }

    private record Change(Kind kind, CodedMoment moment) {
    }

    private final Runnable changed;
    private final List<Notifier> watching = new ArrayList<>();
    private final List<Change> pending = new ArrayList<>();
    private Case watched;
    private boolean rebuild;

    public MomentWatch(Runnable changed) {
        this.changed = changed;
    }

    public Case watched() {
        return watched;
    }

    /** Watches a case, its moments, its scheme and the corpus's coders (null: nothing). */
    public void watch(Case theCase) {
        for (Notifier notifier : watching) {
            notifier.eAdapters().remove(this);
        }
        if (watched != null) {
            for (CodedMoment moment : watched.getMoments()) {
                moment.eAdapters().remove(this);
            }
        }
        watching.clear();
        pending.clear();
        watched = theCase;
        if (theCase == null) {
            return;
        }
        attach(theCase);
        for (CodedMoment moment : theCase.getMoments()) {
            moment.eAdapters().add(this); // not remembered one by one: detached through the case's list
        }
        CodingScheme scheme = theCase.getScheme();
        if (scheme != null) {
            attach(scheme);
            scheme.eAllContents().forEachRemaining(this::attach);
        }
        if (theCase.eContainer() instanceof Corpus corpus) {
            attach(corpus);
            corpus.getCoders().forEach(this::attach);
        }
    }

    private void attach(Notifier notifier) {
        notifier.eAdapters().add(this);
        watching.add(notifier);
    }

    @Override
    public void notifyChanged(Notification n) {
        if (n.isTouch()) {
            return;
        }
        Object notifier = n.getNotifier();
        Object feature = n.getFeature();
        if (notifier == watched) {
            if (feature == P.getCase_Moments()) {
                switch (n.getEventType()) {
                    case Notification.ADD -> added(n.getNewValue());
                    case Notification.ADD_MANY -> ((Collection<?>) n.getNewValue()).forEach(this::added);
                    case Notification.REMOVE -> removed(n.getOldValue());
                    case Notification.REMOVE_MANY -> ((Collection<?>) n.getOldValue()).forEach(this::removed);
                    case Notification.MOVE -> { } // the order in the case is not the timeline's order
                    default -> rebuild = true;
                }
            } else if (feature == P.getCase_MediaSources() || feature == P.getCase_Scheme()) {
                rebuild = true; // the length or the tracks of the case
            } else {
                return; // title, notes of the case: not drawn
            }
        } else if (notifier instanceof CodedMoment moment) {
            if (feature == P.getCodedMoment_StartMs() || feature == P.getCodedMoment_EndMs()
                    || feature == P.getCodedMoment_Code() || feature == P.getCodedMoment_Coder()) {
                if (moment.getCase() == watched) {
                    pending.add(new Change(Kind.UPDATE, moment));
                }
            } else {
                // note, modifiers, times of creation: drawn from the moment itself (tooltips)
            }
        } else if (notifier instanceof Corpus) {
            if (feature != P.getCorpus_Coders()) {
                return; // other cases, schemes, playlists
            }
            rebuild = true;
            if (n.getNewValue() instanceof Coder coder) {
                attach(coder);
            }
        } else if (notifier instanceof EObject) {
            rebuild = true; // the scheme (categories, codes, colours) or a coder's name
            if (n.getNewValue() instanceof EObject added && n.getEventType() == Notification.ADD) {
                attach(added);
            }
        }
        changed.run();
    }

    private void added(Object value) {
        if (value instanceof CodedMoment moment) {
            if (!moment.eAdapters().contains(this)) {
                moment.eAdapters().add(this);
            }
            pending.add(new Change(Kind.ADD, moment));
        }
    }

    private void removed(Object value) {
        if (value instanceof CodedMoment moment) {
            moment.eAdapters().remove(this);
            pending.add(new Change(Kind.REMOVE, moment));
        }
    }

    public boolean needsRebuild() {
        return rebuild;
    }

    public boolean hasChanges() {
        return !pending.isEmpty();
    }

    /** Applies the changes heard so far to the tracks; false when they need a full build. */
    public boolean applyTo(TimelineModel model) {
        try {
            for (Change change : pending) {
                boolean done = switch (change.kind()) {
                    case ADD -> change.moment().getCase() != watched || model.add(change.moment());
                    case REMOVE -> model.remove(change.moment());
                    case UPDATE -> change.moment().getCase() != watched || model.update(change.moment());
                };
                if (!done) {
                    return false;
                }
            }
            return true;
        } finally {
            pending.clear();
        }
    }

    /** Forgets what was heard (a full build follows). */
    public void clear() {
        pending.clear();
        rebuild = false;
    }
}
